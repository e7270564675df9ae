using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Schema.Execution;

namespace LtiPathways.PathwayGraphQL.Schema.Courses;

/// <summary>The caller's courses as nodes, in the order lists show them (title, then a stable tie-break).</summary>
public static class CourseNodes
{
    public static IQueryable<CourseNode> Visible(PathwaysDbContext db, GraphQLCaller caller)
    {
        var personId = caller.Person?.PersonId;
        var isToken = caller.Person is null;
        return db.Courses(caller)
            .OrderBy(c => c.Title).ThenBy(c => c.Id)
            .Select(c => new
            {
                Course = c,
                Role = c.Members.Where(m => m.UserId == personId).Select(m => (CourseRole?)m.Role).FirstOrDefault(),
            })
            .Select(x => new CourseNode(x.Course.Id, x.Course.Title, x.Course.Label, x.Role, isToken || x.Role >= CourseRole.Teacher));
    }
}
