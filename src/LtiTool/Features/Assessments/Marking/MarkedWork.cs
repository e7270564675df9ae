using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Assessments.Marking;

/// <summary>The student's latest submitted attempt, shown beside the rubric while marking: every part it holds.</summary>
public record MarkedWork(
    Guid SubmissionId, int Attempt, string EssayHtml, string? LinkUrl, string? LinkTitle, DateTime? SubmittedAt,
    bool IsLate, IReadOnlyList<MarkedFile> Files)
{
    public IReadOnlyList<SubmissionType> Parts => SubmissionParts.Of(EssayHtml.Length > 0, LinkUrl is not null, Files.Select(f => f.Part));
}
