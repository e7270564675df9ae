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
}
