using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Mentoring;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// A student's mentoring through the API, scoped as the pages: the advisor, a coordinator and an API token read the mentors
/// (an outside one with their link's status, never its token), the notes and every use of the link; the LMS mentor reads
/// their own notes and sees only their mentees; the student sees the sign-offs; the other institution finds nothing.
/// </summary>
public sealed class MentoringQueryTests : OutsideMentorTest
{
    private const string Mentoring = """
        query($id: ID!) { plan(id: $id) { studentName
          mentors(first: 10) { totalCount edges { node { name kind email organisation studentsAssigned links { edges { node { status expiresAt revokedAt } } } } } }
          mentorNotes { totalCount edges { node { kind text mentor } } }
          mentorSignOffs { totalCount edges { node { kind what mentor } } }
          signedLinkUses(first: 50) { totalCount edges { node { mentor at what } } } } }
        """;

    private const string SignOffsOnly = "query($id: ID!) { plan(id: $id) { mentorSignOffs { totalCount edges { node { kind what mentor } } } } }";

    [Fact]
    public async Task Advisors_coordinators_and_api_tokens_read_the_mentors_links_notes_and_uses_and_the_mentor_and_student_what_their_pages_show()
    {
        var planId = await AtRiskPlanAsync();
        var teacher = await LaunchAsync("teacher");
        var link = await AddOutsideMentorAsync(teacher, planId, "Dana Mills", "dana.mills@example.org");
        var studentId = await UserIdAsync("sandbox-student-1");
        var (_, page, _) = await OpenLinkAsync($"{link}/students/{studentId}");
        var (logged, _) = await PostLinkAsync(page, $"{link}/students/{studentId}/hours",
            [Field("hours-date", Today.AddDays(-1).ToString("yyyy-MM-dd")), Field("hours-hours", "5"), Field("hours-kind", "PpsGuided"), Field("hours-activity", "Ward rounds")]);
        Assert.Equal(HttpStatusCode.Redirect, logged);
        var mentor = await LaunchAsync("mentor");
        await AddNoteAsync(await UserIdAsync("sandbox-mentor-1"), studentId, "Sam's own note.");
        await AddNoteAsync(await QueryAsync(db => db.OutsideMentors.Select(o => o.UserId).SingleAsync()), studentId, "Dana's note.");

        var token = await GraphQLHarness.ApiTokenAsync(Factory);
        var planGlobalId = (await GraphQLAsync(token, "{ institution { plans { edges { node { id } } } } }")).Data!["institution"]!["plans"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
        foreach (var keeper in new[] { teacher, await LaunchAsync("coordinator"), token })
        {
            var answer = await GraphQLAsync(keeper, Mentoring, new { id = planGlobalId });
            Assert.True(answer.Errors is null, answer.Text);
            var plan = answer.Data!["plan"]!;
            var mentors = plan["mentors"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
            var dana = mentors.Single(m => m!["kind"]!.GetValue<string>() == "OUTSIDE");
            Assert.Equal(("Dana Mills", "dana.mills@example.org", "Riverside Clinic", 1), (dana["name"]!.GetValue<string>(), dana["email"]!.GetValue<string>(),
                dana["organisation"]!.GetValue<string>(), dana["studentsAssigned"]!.GetValue<int>()));
            Assert.Equal("ACTIVE", dana["links"]!["edges"]![0]!["node"]!["status"]!.GetValue<string>());
            Assert.Contains(mentors, m => m!["kind"]!.GetValue<string>() == "LMS" && m["email"] is null);
            Assert.Equal(2, plan["mentorNotes"]!["totalCount"]!.GetValue<int>());
            var signOff = plan["mentorSignOffs"]!["edges"]![0]!["node"]!;
            Assert.Equal(("HOURS", "Dana Mills"), (signOff["kind"]!.GetValue<string>(), signOff["mentor"]!.GetValue<string>()));
            var uses = plan["signedLinkUses"]!["edges"]!.AsArray().Select(e => e!["node"]!["what"]!.GetValue<string>()).ToList();
            Assert.Contains(uses, u => u.StartsWith("Logged and confirmed 5 hours", StringComparison.Ordinal));
            Assert.DoesNotContain(link.Split('/')[^1], answer.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(MentorLinkSecret.Hash(link.Split('/')[^1]), answer.Text, StringComparison.Ordinal);
        }

        var asMentor = await GraphQLAsync(mentor, Mentoring, new { id = planGlobalId });
        Assert.Equal("FORBIDDEN", asMentor.FirstCode);
        Assert.Null(asMentor.Data!["plan"]!["mentors"]);
        Assert.Null(asMentor.Data!["plan"]!["signedLinkUses"]);
        Assert.Equal(["Sam's own note."], asMentor.Data!["plan"]!["mentorNotes"]!["edges"]!.AsArray().Select(e => e!["node"]!["text"]!.GetValue<string>()));
        Assert.DoesNotContain("Dana's note.", asMentor.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("dana.mills@example.org", asMentor.Text, StringComparison.Ordinal);

        var student = await GraphQLAsync(await LaunchAsync("student"), Mentoring, new { id = planGlobalId });
        Assert.Equal("FORBIDDEN", student.FirstCode);
        Assert.Null(student.Data!["plan"]!["mentors"]);
        Assert.Null(student.Data!["plan"]!["mentorNotes"]);
        Assert.Equal(1, student.Data!["plan"]!["mentorSignOffs"]!["totalCount"]!.GetValue<int>());
        Assert.DoesNotContain("Riverside Clinic", student.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentor_sees_only_their_mentees_and_no_one_of_another_institution_reaches_the_plan_by_its_id()
    {
        await AtRiskPlanAsync();
        await StartPlanAsync(await LaunchCaseyAsync(), "ib-cp");
        var mentor = await LaunchAsync("mentor");
        var token = await GraphQLHarness.ApiTokenAsync(Factory);
        var ids = (await GraphQLAsync(token, "{ institution { plans { totalCount edges { node { id studentName } } } } }")).Data!["institution"]!["plans"]!;
        Assert.Equal(2, ids["totalCount"]!.GetValue<int>());
        var caseysPlan = ids["edges"]!.AsArray().Single(e => e!["node"]!["studentName"]!.GetValue<string>() == "Casey Moreau")!["node"]!["id"]!.GetValue<string>();

        var mentees = await GraphQLAsync(mentor, "{ institution { students { totalCount edges { node { student { name } } } } } }");
        Assert.Equal(["Jordan Lee"], mentees.Data!["institution"]!["students"]!["edges"]!.AsArray().Select(e => e!["node"]!["student"]!["name"]!.GetValue<string>()));
        var notMine = await GraphQLAsync(mentor, SignOffsOnly, new { id = caseysPlan });
        Assert.Equal("NOT_FOUND", notMine.FirstCode);
        Assert.Null(notMine.Data!["plan"]);

        var otherToken = await GraphQLHarness.ApiTokenAsync(Factory, SandboxPlatform.SecondDeploymentId);
        foreach (var caller in new[] { await ElsewhereAsync(), otherToken })
        {
            var theirs = await GraphQLAsync(caller, SignOffsOnly, new { id = caseysPlan });
            Assert.Equal("NOT_FOUND", theirs.FirstCode);
            Assert.Null(theirs.Data!["plan"]);
            Assert.DoesNotContain("Casey", theirs.Text, StringComparison.Ordinal);
        }
    }

    private Task AddNoteAsync(Guid mentorId, Guid studentId, string text) => QueryAsync(async db =>
    {
        var plan = await db.Plans.SingleAsync(p => p.StudentUserId == studentId);
        var viewer = new Viewer(mentorId, plan.RegistrationId, plan.DeploymentId, null, null, CourseRole.Mentor);
        var added = await new MentorWork(db, Factory.Clock).AddNoteAsync(viewer, studentId, MentorNoteKind.Progress, Today, text);
        Assert.True(added.Succeeded, added.Refusal?.Sentence);
        return added.Value;
    });

    private Task<HttpAnswer> GraphQLAsync(string caller, string query, object? variables = null) =>
        SessionGraphQL.PostAsync(Factory, caller, query, variables);
}
