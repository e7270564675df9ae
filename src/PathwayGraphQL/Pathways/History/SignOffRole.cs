namespace LtiPathways.PathwayGraphQL.Pathways.History;

/// <summary>In what capacity someone signs a plan version.</summary>
public enum SignOffRole
{
    Student,

    /// <summary>An advisor or the programme coordinator.</summary>
    Advisor,

    ParentOrGuardian,
    Mentor,
}
