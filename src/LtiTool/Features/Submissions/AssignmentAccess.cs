using LtiPathways.LtiTool.Features.Submissions.Settings;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>
/// An assignment as the session's person may see it: in their course, on their platform, with their role there, and
/// with what their teacher granted them (<see cref="Accommodation"/>) folded into the rules that apply to them.
/// </summary>
public record AssignmentAccess(
    Assignment Assignment, Course Course, SubmissionPolicy Policy, CourseRole Role, Guid UserId, string Issuer, string? LineItemUrl,
    SubmissionAccommodation? Accommodation = null)
{
    public bool IsStaff => Role >= CourseRole.Teacher;

    /// <summary>The types the whole class may submit.</summary>
    public IReadOnlyList<SubmissionType> ClassTypes => TypeChoices.Parse(Assignment.SubmissionTypes);

    /// <summary>The types this person may submit: the class's, plus any their teacher also allowed them.</summary>
    public IReadOnlyList<SubmissionType> AllowedTypes =>
        Accommodation is null ? ClassTypes : ClassTypes.Union(TypeChoices.Parse(Accommodation.ExtraTypes)).ToList();

    /// <summary>
    /// The due date that applies to this person: their own when a teacher gave them a later one, else the class's.
    /// Without a class due date there is nothing to extend, so an accommodation's date never makes one.
    /// </summary>
    public DateTime? DueAt =>
        Assignment.DueAt is { } due && Accommodation?.DueAt is { } own && own > due ? own : Assignment.DueAt;

    public bool HasExtendedDueDate => DueAt != Assignment.DueAt;

    /// <summary>Why this person may not work on a submission of this type here, or null when they may.</summary>
    public string? RefuseStudentWork(SubmissionType type) =>
        Role != CourseRole.Student ? "Only students submit work; you are signed in as staff here."
        : !AllowedTypes.Contains(type) ? $"This assignment does not take {TypeChoices.Noun(type)} as a submission."
        : null;
}
