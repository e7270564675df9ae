using LtiPathways.LtiTool.Features.Mentors.SignedLinks;
using LtiPathways.LtiTool.Lti;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Mentoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// The demo's outside mentor, Dana Mills of Riverside Clinic, following the combined-plan demo student. A link's token
/// is never stored, so "Open the outside mentor's link" makes a fresh one each time (as the advisor would) and opens it.
/// </summary>
public sealed class SandboxOutsideMentor(PathwaysDbContext db, SandboxPlannerLink planner, StudentMentors mentors, ToolUrls urls, IOptions<LtiOptions> options)
{
    public static readonly OutsideMentorEntry Dana = new("Dana Mills", "dana.mills@example.org", "Riverside Clinic", 90);

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder sandbox)
    {
        sandbox.MapGet("/outside-mentor", async (HttpContext context, SandboxOutsideMentor mentor, ILogger<SandboxOutsideMentor> log, CancellationToken ct) =>
        {
            var link = await mentor.IssueAsync(context.Request, ct);
            if (link is null)
            {
                return Results.Text("The demo plans are not filled in (Sandbox:DemoPlans is off), so the demo outside mentor has no student.", statusCode: StatusCodes.Status409Conflict);
            }
            log.LogInformation("Sandbox outside mentor's signed link: {Link}", link);
            return Results.Redirect(link);
        });
        return sandbox;
    }

    public async Task<string?> IssueAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var addresses = SandboxAddresses.From(request, urls, !string.IsNullOrEmpty(options.Value.PublicBaseUrl));
        await planner.EnsureAsync(addresses, withDemoPlans: true, cancellationToken);
        var subject = SandboxRoster.Members[SandboxCourse.People.Count + SandboxPlannerLink.DemoStudents.Count - 1].Person.Subject;
        var teacherSubject = SandboxCourse.Find("teacher")!.Subject;
        var found = await db.Plans.AsNoTracking()
            .Join(db.Users, p => p.StudentUserId, u => u.Id, (p, u) => new { Plan = p, u.Subject })
            .Where(x => x.Subject == subject)
            .Select(x => new
            {
                x.Plan.Id, x.Plan.RegistrationId, x.Plan.DeploymentId,
                Teacher = db.Users.Where(u => u.RegistrationId == x.Plan.RegistrationId && u.Subject == teacherSubject).Select(u => u.Id).FirstOrDefault(),
                Course = db.Courses.Where(c => c.ContextId == SandboxCourse.ContextId && c.DeploymentId == x.Plan.DeploymentId).Select(c => c.Id).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var advisor = new Viewer(found.Teacher, found.RegistrationId, found.DeploymentId, found.Course, null, CourseRole.Teacher);
        var issued = await mentors.AddOutsideAsync(advisor, found.Id, Dana, cancellationToken);
        return issued.Succeeded ? urls.Absolute(request, SignedLinkPaths.Home(issued.Value.Token)) : null;
    }
}
