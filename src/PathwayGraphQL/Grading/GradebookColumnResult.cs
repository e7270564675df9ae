namespace LtiPathways.PathwayGraphQL.Grading;

/// <summary>The gradebook column's URL, or why there is none (and, when the platform refused, what it said).</summary>
public sealed record GradebookColumnResult(string? Url, MissingColumnReason? Missing, string? PlatformMessage = null)
{
    public static GradebookColumnResult Found(string url) => new(url, null);

    public static GradebookColumnResult None(MissingColumnReason reason, string? platformMessage = null) => new(null, reason, platformMessage);
}
