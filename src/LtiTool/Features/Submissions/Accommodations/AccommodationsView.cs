using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.Accommodations;

/// <summary>The accommodations page: who has one, the class list to choose from, the form as typed and any problems.</summary>
public record AccommodationsView(
    Guid AssignmentId,
    string CourseTitle,
    string AssignmentTitle,
    DateTime? ClassDueAt,
    IReadOnlyList<SubmissionType> ClassTypes,
    IReadOnlyList<StudentOption> Students,
    IReadOnlyList<AccommodationRow> Rows,
    AccommodationForm Form,
    IReadOnlyList<FormError> Errors,
    string SessionToken,
    string? Notice = null);
