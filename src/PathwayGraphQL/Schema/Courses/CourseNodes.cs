using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Schema.Execution;

namespace LtiPathways.PathwayGraphQL.Schema.Courses;

/// <summary>Courses as nodes, with the asking person's role in each; filter and order before projecting.</summary>
public static class CourseNodes
{
    public static IQueryable<CourseNode> Project(IQueryable<Course> courses, GraphQLCaller caller)
    {
        var personId = caller.Person?.PersonId;
        var isToken = caller.Person is null;
        return courses
            .Select(c => new
            {
                Course = c,
                Role = c.Members.Where(m => m.UserId == personId).Select(m => (CourseRole?)m.Role).FirstOrDefault(),
            })
            .Select(x => new CourseNode(x.Course.Id, x.Course.Title, x.Course.Label, x.Role, isToken || (x.Role != null && CourseRoles.Staff.Contains(x.Role.Value))));
    }
}
