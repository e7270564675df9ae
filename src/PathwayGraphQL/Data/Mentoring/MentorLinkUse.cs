namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

/// <summary>One use of a signed link, refused ones too: when, which student it touched, and what it did, in a sentence.</summary>
public class MentorLinkUse
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MentorLinkId { get; set; }
    public DateTime At { get; set; }
    public Guid? StudentUserId { get; set; }
    public required string What { get; set; }
}
