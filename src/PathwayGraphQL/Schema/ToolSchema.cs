using GraphQL;
using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Assignments;
using LtiPathways.PathwayGraphQL.Schema.Courses;
using LtiPathways.PathwayGraphQL.Schema.Institutions;
using LtiPathways.PathwayGraphQL.Schema.People;

namespace LtiPathways.PathwayGraphQL.Schema;

/// <summary>The API's schema, code first; <c>schema.graphql</c> beside the project is generated from it by a test.</summary>
public sealed class ToolSchema : GraphQL.Types.Schema
{
    public ToolSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        // Reached only through the Node interface or as edges' nodes, so named here for the schema to know them.
        this.RegisterType<CourseType>();
        this.RegisterType<PersonType>();
        this.RegisterType<InstitutionType>();
        this.RegisterType<AssignmentType>();
    }
}
