using LtiPathways.PathwayGraphQL.Data.Reels;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Reels;

namespace LtiPathways.LtiTool.Features.Reels;

/// <summary>The reel's forms read into what they ask; what cannot be read is a refusal with a sentence.</summary>
public static class ReelForms
{
    public static Outcome<(ReelSlideSource Source, Guid SourceId)> Evidence(IFormCollection form)
    {
        var value = form["slide-evidence"].ToString().Split(':');
        return value is [var source, var id] && Enum.TryParse<ReelSlideSource>(source, out var kind) && Enum.IsDefined(kind) && Guid.TryParse(id, out var sourceId)
            ? (kind, sourceId)
            : Refusal.Invalid("Choose the piece of your work to add from the list.");
    }

    public static string Caption(IFormCollection form) => form["slide-caption"].ToString();

    public static Outcome<int> Days(IFormCollection form) =>
        form["link-days"].ToString().Trim() is { Length: > 0 } text
            ? int.TryParse(text, out var days) ? days : Refusal.Invalid($"Enter the number of days the link works, from 1 to {ReelSharing.MaxDays}.")
            : ReelSharing.DefaultDays;
}
