namespace LtiPathways.LtiTool.Features.Home;

/// <summary>Names HomeText.resx: the words of the landing page after a launch, one view per role.</summary>
public sealed class HomeText;
