namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

/// <summary>A mentor's entry about one mentee: a meeting (when they met, what was said) or a note on progress.</summary>
public class MentorNote
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public Guid StudentUserId { get; set; }
    public Guid MentorUserId { get; set; }
    public MentorNoteKind Kind { get; set; }
    public DateOnly On { get; set; }
    public required string Text { get; set; }
    public DateTime WrittenAt { get; set; }
}
