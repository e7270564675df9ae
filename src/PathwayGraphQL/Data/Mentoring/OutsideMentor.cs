namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

/// <summary>
/// A mentor without an LMS account (a placement supervisor, a provider's tutor), added by an advisor or coordinator of one
/// institution. They are a person of the registration (<see cref="UserId"/>) so that what they save carries their name
/// in the plan's history like anyone's; their mentees are <see cref="Mentorship"/> rows of source
/// <see cref="MentorshipSource.Outside"/>, and they reach them only through a <see cref="MentorLink"/>.
/// </summary>
public class OutsideMentor
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public Guid UserId { get; set; }
    public required string Email { get; set; }
    public string Organisation { get; set; } = "";
    public Guid AddedByUserId { get; set; }
    public DateTime AddedAt { get; set; }

    /// <summary>The <c>sub</c> of an outside mentor's person record: no platform names anyone so, since platforms cannot send it for them.</summary>
    public static string SubjectFor(Guid mentorId) => $"outside-mentor:{mentorId:N}";
}
