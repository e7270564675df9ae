using System.Net;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Mentoring;

public sealed class SignedLinkRefusalTests : OutsideMentorTest
{
    private const string Closed = "This link does not open anything. It may have expired or been withdrawn; ask whoever sent it to you for a new one.";

    [Fact]
    public async Task Another_mentor_s_student_an_unknown_link_and_an_expired_link_all_get_the_same_403_and_change_nothing()
    {
        var planId = await AtRiskPlanAsync();
        await StartPlanAsync(await LaunchCaseyAsync());
        var teacher = await LaunchAsync("teacher");
        var dana = await AddOutsideMentorAsync(teacher, planId, "Dana Mills", "dana.mills@example.org", days: "30");
        var casey = await UserIdAsync(CaseySubject);
        var jordan = await UserIdAsync("sandbox-student-1");
        var (_, jordanPage, _) = await OpenLinkAsync($"{dana}/students/{jordan}");
        var versions = await QueryAsync(db => db.PlanVersions.CountAsync());

        var (other, otherPage, _) = await OpenLinkAsync($"{dana}/students/{casey}");
        var (otherPost, otherPosted) = await PostLinkAsync(jordanPage, $"{dana}/students/{casey}/hours",
            [Field("hours-date", Today.ToString("yyyy-MM-dd")), Field("hours-hours", "5"), Field("hours-kind", "PpsGuided")]);
        var (unknown, unknownPage, _) = await OpenLinkAsync("/mentor-link/" + new string('A', 43));
        var (garbage, garbagePage, _) = await OpenLinkAsync("/mentor-link/not-a-token");
        Factory.Clock.Advance(TimeSpan.FromDays(31));
        var (expired, expiredPage, _) = await OpenLinkAsync(dana);

        foreach (var (status, page) in new[] { (other, otherPage), (otherPost, otherPosted), (unknown, unknownPage), (garbage, garbagePage), (expired, expiredPage) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Contains(Closed, page, StringComparison.Ordinal);
            Assert.DoesNotContain("Casey", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Jordan", page, StringComparison.Ordinal);
        }
        Assert.Equal(versions, await QueryAsync(db => db.PlanVersions.CountAsync()));
        var uses = await QueryAsync(db => db.MentorLinkUses.OrderBy(u => u.At).Select(u => u.What).ToListAsync());
        Assert.Contains("Refused: a student not assigned to this mentor.", uses);
        Assert.Contains("Refused: the link had expired.", uses);
    }

    [Fact]
    public async Task Bad_hours_are_refused_with_a_sentence_a_form_without_its_antiforgery_token_is_refused_and_tokens_are_stored_only_hashed()
    {
        var planId = await AtRiskPlanAsync();
        var teacher = await LaunchAsync("teacher");
        var link = await AddOutsideMentorAsync(teacher, planId, "Dana Mills", "dana.mills@example.org");
        var jordan = await UserIdAsync("sandbox-student-1");
        var (_, page, _) = await OpenLinkAsync($"{link}/students/{jordan}");

        var (tooMany, refused) = await PostLinkAsync(page, $"{link}/students/{jordan}/hours",
            [Field("hours-date", Today.ToString("yyyy-MM-dd")), Field("hours-hours", "30"), Field("hours-kind", "PpsGuided")]);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany);
        Assert.Contains("a day has 24", refused, StringComparison.Ordinal);
        using var forged = await MentorBrowser.PostAsync($"{link}/students/{jordan}/hours", new FormUrlEncodedContent(
            [Field("hours-date", Today.ToString("yyyy-MM-dd")), Field("hours-hours", "5"), Field("hours-kind", "PpsGuided")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var token = link.Split('/')[^1];
        Assert.Equal(43, token.Length);
        var stored = await QueryAsync(db => db.MentorLinks.Select(l => l.TokenHash).SingleAsync());
        Assert.NotEqual(token, stored);
        Assert.Equal(64, stored.Length);
        Assert.Equal(2, await QueryAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.CurrentVersion).SingleAsync()));
    }

    [Fact]
    public async Task A_student_cannot_bring_a_mentor_s_sign_off_into_their_own_save()
    {
        var planId = await AtRiskPlanAsync();
        var saved = await QueryAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == planId);
            var current = PlanVersions.Document(await db.PlanVersions.SingleAsync(v => v.PlanId == planId && v.Number == plan.CurrentVersion));
            var forged = current with
            {
                Hours = [.. current.Hours, new HourLog(Guid.NewGuid(), Today, 5m, HourKind.PpsGuided, "Forged", null, new MentorSignOff(Guid.NewGuid(), "Dana Mills", Factory.Clock.GetUtcNow()))],
            };
            var viewer = new Viewer(plan.StudentUserId, plan.RegistrationId, plan.DeploymentId, null, null, CourseRole.Student);
            return await new PlanCommands(db, Factory.Clock).SaveAsync(viewer, planId, plan.CurrentVersion, forged);
        });
        Assert.False(saved.Succeeded);
        Assert.Equal("Only a mentor confirms hours and signs off milestones; save the plan with the sign-offs it has.", saved.Refusal!.Sentence);
    }

    [Fact]
    public async Task Signed_link_addresses_are_rate_limited_per_client_address()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 61; i++)
        {
            var (status, _, _) = await OpenLinkAsync("/mentor-link/" + new string('B', 43));
            statuses.Add(status);
        }
        Assert.All(statuses.Take(60), s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
