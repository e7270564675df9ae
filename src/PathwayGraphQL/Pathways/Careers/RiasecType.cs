namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>The six interest types of the RIASEC model, in the order of the hexagon; tie-breaks use this order.</summary>
public enum RiasecType
{
    Realistic,
    Investigative,
    Artistic,
    Social,
    Enterprising,
    Conventional,
}
