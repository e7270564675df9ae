namespace LtiPathways.PathwayGraphQL.Data.Reels;

/// <summary>One use of a reel's link, refused ones too: when, and what happened, in a sentence.</summary>
public class ReelLinkUse
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReelLinkId { get; set; }
    public DateTime At { get; set; }
    public required string What { get; set; }
}
