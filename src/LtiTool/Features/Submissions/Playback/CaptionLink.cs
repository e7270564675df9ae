namespace LtiPathways.LtiTool.Features.Submissions.Playback;

/// <summary>A caption track as a player's &lt;track&gt; needs it: a signed WebVTT link, its language and label.</summary>
public record CaptionLink(Guid Id, string Url, string Language, string Label);
