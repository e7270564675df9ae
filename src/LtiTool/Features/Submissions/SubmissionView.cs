using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>One attempt as shown to its student or their teacher.</summary>
public record SubmissionView(
    Guid Id, int Attempt, SubmissionStatus Status, SubmissionType Type, string EssayMarkdown, string EssayHtml, int WordCount,
    string? LinkUrl, string? LinkTitle, string? LinkDescription, DateTime? SubmittedAt, bool IsLate, IReadOnlyList<SubmittedFileView> Files);
