namespace LtiPathways.PathwayGraphQL.Data.Api;

/// <summary>
/// The one secret that turns database ids into the API's opaque ids: kept in the database so every instance, and every
/// restart, gives a course the same id.
/// </summary>
public class GlobalIdSecret
{
    public const int TheOne = 1;

    public int Id { get; set; } = TheOne;
    public required byte[] Secret { get; set; }
    public DateTime CreatedAt { get; set; }
}
