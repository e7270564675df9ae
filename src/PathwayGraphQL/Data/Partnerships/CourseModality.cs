namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>How a provider's course is taught.</summary>
public enum CourseModality
{
    InPerson,
    Online,
    Blended,
}
