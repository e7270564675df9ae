using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// The parts a submission holds side by side, in the order the pages show them. A part is there when it has content:
/// an essay with text, a link, or files recorded or uploaded for it; saving one part never changes another.
/// </summary>
public static class SubmissionParts
{
    public static readonly IReadOnlyList<SubmissionType> Order =
        [SubmissionType.Essay, SubmissionType.Video, SubmissionType.Audio, SubmissionType.Link, SubmissionType.File];

    public static IReadOnlyList<SubmissionType> Of(bool hasEssay, bool hasLink, IEnumerable<SubmissionType> fileParts)
    {
        var present = fileParts.ToHashSet();
        if (hasEssay)
        {
            present.Add(SubmissionType.Essay);
        }

        if (hasLink)
        {
            present.Add(SubmissionType.Link);
        }

        return Order.Where(present.Contains).ToList();
    }

    public static IReadOnlyList<SubmissionType> Of(Submission submission) =>
        Of(!string.IsNullOrWhiteSpace(submission.EssayMarkdown), submission.LinkUrl is not null,
            submission.Files.Where(f => f.Role == SubmissionFileRole.Original).Select(f => f.Part));

    /// <summary>The heading of a part where a page lists them: "Essay", "Video", "Audio", "Link", "Files".</summary>
    public static string Heading(SubmissionType part) => part == SubmissionType.File ? "Files" : part.ToString();

    /// <summary>"essay, video and file" for a label; "no work" when nothing is there.</summary>
    public static string Describe(IReadOnlyList<SubmissionType> parts) =>
        parts.Count == 0 ? "no work" : TypeChoices.Join(parts.Select(TypeChoices.ValueOf).ToList(), "and");
}
