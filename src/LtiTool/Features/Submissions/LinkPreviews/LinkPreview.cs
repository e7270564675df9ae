namespace LtiPathways.LtiTool.Features.Submissions.LinkPreviews;

/// <summary>What a page says about itself, trimmed to the lengths a link entry stores; empty when the page did not say.</summary>
public record LinkPreview(string Title, string Description, string SiteName);
