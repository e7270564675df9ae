namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

/// <summary>A comment a teacher saved to reuse; each teacher has their own bank.</summary>
public class CommentBankEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OwnerUserId { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
}
