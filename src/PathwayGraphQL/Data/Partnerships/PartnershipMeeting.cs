namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>An entry of the meeting log kept with a provider.</summary>
public class PartnershipMeeting
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProviderId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string Attendees { get; set; } = "";
    public string Notes { get; set; } = "";
    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
}
