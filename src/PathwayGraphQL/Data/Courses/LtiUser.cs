using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.PathwayGraphQL.Data.Courses;

/// <summary>A person as one platform knows them: identified by the launch's <c>sub</c> within that registration.</summary>
public class LtiUser
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public PlatformRegistration? Registration { get; set; }
    public required string Subject { get; set; }
    public string Name { get; set; } = "";
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? Email { get; set; }
    public DateTime? LastLaunchAt { get; set; }
}
