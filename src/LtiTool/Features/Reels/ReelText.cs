namespace LtiPathways.LtiTool.Features.Reels;

/// <summary>Names ReelText.resx: the words of the conference reel's pages (also through its signed link) and of reel.js ("Js." keys).</summary>
public sealed class ReelText;
