using LtiPathways.LtiTool.Features.Pathways;

namespace LtiPathways.LtiTool.Features.Reels;

/// <summary>Where the reel's pages live: inside the LMS under the plan, and the shared link at the top level.</summary>
public static class ReelPaths
{
    public const string Root = "/app/reels";
    public const string LinkRoot = "/reel-link";

    /// <summary>The student arranges their reel here; an advisor watches it.</summary>
    public static string Of(Guid planId) => PathwayPaths.ReelOf(planId);

    public static string Preview(Guid planId) => $"{Of(planId)}/preview";

    public static string Slides(Guid planId) => $"{Of(planId)}/slides";

    public static string Slide(Guid planId, Guid slideId) => $"{Slides(planId)}/{slideId}";

    public static string Links(Guid planId) => $"{Of(planId)}/links";

    public static string Shared(string token) => $"{LinkRoot}/{token}";
}
