namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>A person at the provider the school deals with.</summary>
public class ProviderContact
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProviderId { get; set; }
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
}
