namespace LtiPathways.LtiTool.Features.Library;

/// <summary>Names LibraryText.resx: the words of the rubric library's pages (not the rubric editor's).</summary>
public sealed class LibraryText;
