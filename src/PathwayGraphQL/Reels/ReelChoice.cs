using LtiPathways.PathwayGraphQL.Data.Reels;

namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>A piece of the student's own evidence they may put on a slide, with a title they recognise.</summary>
public sealed record ReelChoice(ReelSlideSource Source, Guid SourceId, string Title)
{
    /// <summary>The value of the choice in a form: "Submission:3f2a…".</summary>
    public string Key => $"{Source}:{SourceId}";
}
