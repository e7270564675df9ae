namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

public enum Programme
{
    /// <summary>The IB Career-related Programme (CP).</summary>
    CareerRelated,

    /// <summary>A CTE Individualized Learning Plan (ILP).</summary>
    CteIlp,

    /// <summary>CP and CTE together in one plan.</summary>
    Combined,
}
