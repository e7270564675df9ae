using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>An assignment as the session's person may see it: in their course, on their platform, with their role there.</summary>
public record AssignmentAccess(
    Assignment Assignment, Course Course, SubmissionPolicy Policy, CourseRole Role, Guid UserId, string Issuer, string? LineItemUrl)
{
    public bool IsStaff => Role >= CourseRole.Teacher;

    public IReadOnlyList<SubmissionType> AllowedTypes =>
        Assignment.SubmissionTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => Enum.TryParse<SubmissionType>(t, ignoreCase: true, out var type) ? type : (SubmissionType?)null)
            .OfType<SubmissionType>()
            .Distinct()
            .ToList();

    /// <summary>Why this person may not work on a submission of this type here, or null when they may.</summary>
    public string? RefuseStudentWork(SubmissionType type) =>
        Role != CourseRole.Student ? "Only students submit work; you are signed in as staff here."
        : !AllowedTypes.Contains(type) ? $"This assignment does not take a {type.ToString().ToLowerInvariant()} submission."
        : null;
}
