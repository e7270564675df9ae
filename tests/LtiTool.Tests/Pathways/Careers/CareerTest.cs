using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Pathways.Careers;

/// <summary>
/// The career pages reached with a session for the sandbox course (the planner launch lands elsewhere): Jordan Lee and a
/// classmate, Casey Moreau, as students, and the course's teacher.
/// </summary>
public abstract class CareerTest : ToolTest
{
    public const string Root = "/app/pathways/careers";
    public const string CaseySubject = "sandbox-student-2";

    protected async Task<string> SessionAsync(string person = "student")
    {
        using var response = await Driver.LaunchAsAsync(person);
        return await LaunchDriver.SessionFromAsync(response);
    }

    protected async Task<string> CaseyAsync()
    {
        using var response = await Driver.LaunchAsAsync("student", change: claims =>
        {
            (claims["sub"], claims["name"], claims["given_name"], claims["family_name"]) = (CaseySubject, "Casey Moreau", "Casey", "Moreau");
            claims["email"] = "casey.moreau@example.org";
        });
        return await LaunchDriver.SessionFromAsync(response);
    }

    protected async Task<(HttpStatusCode Status, string Html)> GetAsync(string path, string token)
    {
        using var response = await Driver.Client.GetAsync($"{LaunchDriver.ToolBase}{path}?session={Uri.EscapeDataString(token)}");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form as the page would, with the session token session.js adds.</summary>
    protected async Task<(HttpStatusCode Status, string Html)> PostAsync(string path, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent([.. fields, KeyValuePair.Create("session_token", token)]);
        using var response = await Driver.Client.PostAsync(LaunchDriver.ToolBase + path, content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Answers for the standard inventory: Investigative like a lot, Social like, Artistic not sure, the rest dislike (code ISA).</summary>
    protected static List<KeyValuePair<string, string>> Answers(int? take = null) =>
        [.. InterestInventory.Standard.Items.Take(take ?? int.MaxValue).Select(i => KeyValuePair.Create(i.Id, i.Type switch
        {
            RiasecType.Investigative => "5",
            RiasecType.Social => "4",
            RiasecType.Artistic => "3",
            _ => "2",
        }))];

    protected Task<Guid> UserIdAsync(string subject) =>
        QueryAsync(db => db.Users.Where(u => u.Subject == subject).Select(u => u.Id).SingleAsync());

    /// <summary>The student's viewer as their launch made it, for starting a plan through the core.</summary>
    protected Task<Viewer> StudentViewerAsync(string subject = "sandbox-student-1") => QueryAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Subject == subject);
        var course = await db.Courses.SingleAsync(c => c.ContextId == SandboxCourse.ContextId);
        return new Viewer(user.Id, user.RegistrationId, course.DeploymentId, course.Id, null, CourseRole.Student);
    });

    protected async Task<PlanSnapshot> StartPlanAsync(string template = "cte-ilp")
    {
        var viewer = await StudentViewerAsync();
        var started = await QueryAsync(db => new PlanCommands(db, Factory.Clock).StartAsync(viewer, template));
        Assert.True(started.Succeeded, started.Refusal?.Sentence);
        return started.Value;
    }

    /// <summary>Places the pathway planner in the sandbox course, which makes its teacher the students' advisor.</summary>
    protected Task PlacePlannerAsync() => QueryAsync(async db =>
    {
        var course = await db.Courses.SingleAsync(c => c.ContextId == SandboxCourse.ContextId);
        var teacher = await db.Users.SingleAsync(u => u.Subject == "sandbox-teacher-1");
        db.Assignments.Add(new Assignment { CourseId = course.Id, Kind = AssignmentKind.PathwayPlanner, Title = "Pathway planner", CreatedByUserId = teacher.Id });
        return await db.SaveChangesAsync();
    });
}
