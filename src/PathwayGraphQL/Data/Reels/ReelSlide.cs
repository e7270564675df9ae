namespace LtiPathways.PathwayGraphQL.Data.Reels;

/// <summary>One slide: a piece of the student's evidence (<see cref="Source"/> and its id) and the caption they say with it.</summary>
public class ReelSlide
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReelId { get; set; }

    /// <summary>0-based; the slides of a reel always number 0 to n-1.</summary>
    public int Position { get; set; }

    public ReelSlideSource Source { get; set; }

    /// <summary>A submission's or rubric assessment's id, or a reflection entry's id in the plan.</summary>
    public Guid SourceId { get; set; }

    public string Caption { get; set; } = "";
}
