namespace LtiPathways.LtiTool.Shared;

/// <summary>Names ToolText.resx: the words every page shares (the layout, refusal pages, the session's end).</summary>
public sealed class ToolText;
