using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>One attempt as shown to its student or their teacher: every part it holds (<see cref="SubmissionParts"/>).</summary>
public record SubmissionView(
    Guid Id, int Attempt, SubmissionStatus Status, IReadOnlyList<SubmissionType> Parts, string EssayMarkdown, string EssayHtml, int WordCount,
    string? LinkUrl, string? LinkTitle, string? LinkDescription, DateTime? SubmittedAt, bool IsLate, IReadOnlyList<SubmittedFileView> Files)
{
    public bool Has(SubmissionType part) => Parts.Contains(part);

    /// <summary>The files of one part: the video recording, the audio recording, or the uploaded files.</summary>
    public IReadOnlyList<SubmittedFileView> FilesOf(SubmissionType part) => Files.Where(f => f.Part == part).ToList();
}
