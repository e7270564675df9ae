using GraphQL.Types.Relay.DataObjects;
using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Schema.People;

/// <summary>A person in a course's roster, with their role there.</summary>
public sealed class PersonEdge : Edge<PersonNode>
{
    public CourseRole Role { get; init; }
}
