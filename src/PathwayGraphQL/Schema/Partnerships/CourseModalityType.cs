using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class CourseModalityType : EnumerationGraphType<CourseModality>
{
    public CourseModalityType() => Name = "CourseModality";
}
