using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Schema.Courses;

namespace LtiPathways.PathwayGraphQL.Schema.People;

public sealed class PersonEdgeType : EdgeType<PersonType>
{
    public PersonEdgeType()
    {
        Name = "PersonEdge";
        Field<NonNullGraphType<CourseRoleType>>("role").Description("Their role in this course.")
            .Resolve(context => ((PersonEdge)context.Source!).Role);
    }
}
