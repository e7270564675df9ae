namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>A level (title, description, points, and From for a range) or a markband (From–Points and its descriptor).</summary>
public sealed record RowDraft(string Id, string Title, string Description, string Points, string From);
