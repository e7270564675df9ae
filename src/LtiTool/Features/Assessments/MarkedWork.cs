namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>The student's latest submitted attempt, shown beside the rubric while marking.</summary>
public record MarkedWork(
    Guid SubmissionId, int Attempt, string Type, string EssayHtml, string? LinkUrl, string? LinkTitle, DateTime? SubmittedAt,
    bool IsLate, IReadOnlyList<string> FileNames);
