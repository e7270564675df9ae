namespace LtiPathways.LtiTool.Features.Pathways;

/// <summary>Names PathwayText.resx: the words of the pathway planner (plan, careers, editing, review, print) and its scripts ("Js." keys).</summary>
public sealed class PathwayText;
