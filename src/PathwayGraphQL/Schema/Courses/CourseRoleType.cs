using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Schema.Courses;

public sealed class CourseRoleType : EnumerationGraphType<CourseRole>
{
    public CourseRoleType()
    {
        Name = "CourseRole";
        Description = "What a member may see and do in a course, least privileged first.";
    }
}
