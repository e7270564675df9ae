using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>
/// <c>caseload(courseId:)</c> through the core's <see cref="Caseload"/>, as if the caller had launched from that course:
/// the core reads a fixed number of statements whatever the number of students, and refuses anyone but its staff.
/// </summary>
public static class CaseloadField
{
    public static async Task<Connection<CaseloadRow>> ResolveAsync(IResolveFieldContext context, GlobalIds ids, GraphQLOptions limits)
    {
        var id = context.GetArgument<string>("courseId");
        var caller = ToolUserContext.CallerOf(context);
        if (caller.Person is not { } person || ids.Decode(GlobalIdKind.Course, id) is not { } courseId)
        {
            throw NotFound(id);
        }

        var services = context.RequestServices!;
        var db = services.GetRequiredService<PathwaysDbContext>();
        var role = await db.Courses(caller).Where(c => c.Id == courseId)
            .SelectMany(c => c.Members.Where(m => m.UserId == person.PersonId && m.Active).Select(m => (Data.Courses.CourseRole?)m.Role))
            .FirstOrDefaultAsync(context.CancellationToken);
        if (role is null)
        {
            throw NotFound(id);
        }

        var rows = await services.GetRequiredService<Caseload>()
            .OfCourseAsync(person with { CourseId = courseId, ResourceLinkId = null, Role = role.Value }, context.CancellationToken);
        return rows.Succeeded ? PlanLists.Page(context, limits, rows.Value!) : throw NotFound(id);
    }

    private static ExecutionError NotFound(string courseId) =>
        new($"There is no caseload you may see for the course {courseId}: it belongs to a course that places the pathway planner, for its teachers.")
        {
            Code = "NOT_FOUND",
        };
}
