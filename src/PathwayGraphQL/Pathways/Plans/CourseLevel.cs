namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

public enum CourseLevel
{
    /// <summary>A course without IB levels (CTE courses).</summary>
    None,

    /// <summary>DP standard level (SL).</summary>
    Standard,

    /// <summary>DP higher level (HL).</summary>
    Higher,
}
