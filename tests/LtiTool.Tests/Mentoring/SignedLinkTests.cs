using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Mentoring;

public sealed partial class SignedLinkTests : OutsideMentorTest
{
    [Fact]
    public async Task An_outside_mentor_signs_off_five_hours_through_a_signed_link_and_the_plan_goes_from_at_risk_to_on_track_on_the_caseload()
    {
        var planId = await AtRiskPlanAsync();
        var teacher = await LaunchAsync("teacher");
        var (_, before) = await GetAsync("/app/pathways/caseload", teacher);
        Assert.Equal("AtRisk", OverallOf(before, "Jordan Lee"));

        var link = await AddOutsideMentorAsync(teacher, planId, "Dana Mills", "dana.mills@example.org");
        var (opened, mentees, response) = await OpenLinkAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("Jordan Lee", mentees, StringComparison.Ordinal);
        var studentId = await UserIdAsync("sandbox-student-1");
        var (_, page, _) = await OpenLinkAsync($"{link}/students/{studentId}");
        Assert.Contains("data-requirement=\"personal-and-professional-skills\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Planning a food drive", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Biology", page, StringComparison.Ordinal);

        var (logged, after) = await PostLinkAsync(page, $"{link}/students/{studentId}/hours",
            [Field("hours-date", Today.AddDays(-1).ToString("yyyy-MM-dd")), Field("hours-hours", "5"), Field("hours-kind", "PpsGuided"), Field("hours-activity", "Ward rounds")]);
        Assert.Equal(HttpStatusCode.Redirect, logged);
        Assert.Contains("✓ by Dana Mills", after, StringComparison.Ordinal);
        var (_, caseload) = await GetAsync("/app/pathways/caseload", teacher);
        Assert.Equal("OnTrack", OverallOf(caseload, "Jordan Lee"));

        var (signed, withMilestone) = await PostLinkAsync(after, $"{link}/students/{studentId}/milestones/{MilestoneId(after)}/sign-off", []);
        Assert.Equal(HttpStatusCode.Redirect, signed);
        Assert.Contains("signed off by Dana Mills", withMilestone, StringComparison.Ordinal);
        var (noted, withNote) = await PostLinkAsync(withMilestone, $"{link}/students/{studentId}/notes",
            [Field("notes-kind", "Meeting"), Field("notes-on", Today.ToString("yyyy-MM-dd")), Field("notes-text", "Talked through the first week.")]);
        Assert.Equal(HttpStatusCode.Redirect, noted);
        Assert.Contains("Talked through the first week.", withNote, StringComparison.Ordinal);

        var (_, history) = await GetAsync($"/app/pathways/plans/{planId}/history", teacher);
        Assert.Contains("confirmed by Dana Mills (mentor)", history, StringComparison.Ordinal);
        Assert.Contains("signed off by Dana Mills (mentor)", history, StringComparison.Ordinal);
        Assert.Contains("saved by Dana Mills", history, StringComparison.Ordinal);

        var (_, mentorsPage) = await GetAsync($"/app/mentors/plans/{planId}", teacher);
        foreach (var use in (string[])["Opened the list of mentees.", "Opened Jordan Lee&#x27;s mentoring page.", "Logged and confirmed 5 hours of PPS guided",
                     "Signed off the milestone", "Added a meeting on"])
        {
            Assert.Contains(use, mentorsPage, StringComparison.Ordinal);
        }
        Assert.Contains("Talked through the first week.", mentorsPage, StringComparison.Ordinal);

        var linkId = RevokeTarget().Match(mentorsPage).Groups[1].Value;
        var (revoked, _) = await PostAsync(mentorsPage, $"/app/mentors/plans/{planId}/links/{linkId}/revoke", []);
        Assert.Equal(HttpStatusCode.Redirect, revoked);
        var (refused, refusal, _) = await OpenLinkAsync($"{link}/students/{studentId}");
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Contains(Closed, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("Jordan", refusal, StringComparison.Ordinal);
        var (_, audit) = await GetAsync($"/app/mentors/plans/{planId}", teacher);
        Assert.Contains("Refused: the link was revoked.", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_s_mentors_page_lists_the_link_s_uses_about_that_student_only_not_about_the_mentor_s_other_mentees()
    {
        var planId = await AtRiskPlanAsync();
        var teacher = await LaunchAsync("teacher");
        var link = await AddOutsideMentorAsync(teacher, planId, "Dana Mills", "dana.mills@example.org");
        await OpenLinkAsync(link);
        var teacherId = await UserIdAsync("sandbox-teacher-1");
        await QueryAsync(async db =>
        {
            var linkId = await db.MentorLinks.Select(l => l.Id).SingleAsync();
            db.MentorLinkUses.Add(new() { MentorLinkId = linkId, StudentUserId = teacherId, What = "Opened another mentee's mentoring page.", At = Factory.Clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync();
        });

        var (_, mentorsPage) = await GetAsync($"/app/mentors/plans/{planId}", teacher);

        Assert.Contains("Opened the list of mentees.", mentorsPage, StringComparison.Ordinal);
        Assert.DoesNotContain("another mentee", mentorsPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_lms_mentor_assigned_by_the_advisor_keeps_a_meeting_log_and_confirms_the_student_s_hours()
    {
        var planId = await AtRiskPlanAsync();
        var teacher = await LaunchAsync("teacher");
        var coordinator = await LaunchAsync("coordinator");
        var (_, page) = await GetAsync($"/app/mentors/plans/{planId}", teacher);
        var priya = await UserIdAsync("sandbox-coordinator-1");
        var (assigned, _) = await PostAsync(page, $"/app/mentors/plans/{planId}/internal", [Field("internal-person", priya.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, assigned);

        var studentId = await UserIdAsync("sandbox-student-1");
        var (status, mentee) = await GetAsync($"/app/mentors/students/{studentId}", coordinator);
        Assert.Equal(HttpStatusCode.OK, status);
        var hourId = ConfirmTarget().Match(mentee).Groups[1].Value;
        var (confirmed, afterConfirm) = await PostAsync(mentee, $"/app/mentors/students/{studentId}/hours/{hourId}/confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed);
        Assert.Contains("✓ by Priya Shah", afterConfirm, StringComparison.Ordinal);
        var (again, twice) = await PostAsync(mentee, $"/app/mentors/students/{studentId}/hours/{hourId}/confirm", []);
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Contains("Priya Shah already confirmed these hours.", twice, StringComparison.Ordinal);

        var (future, refused) = await PostAsync(mentee, $"/app/mentors/students/{studentId}/notes",
            [Field("notes-kind", "Meeting"), Field("notes-on", Today.AddDays(3).ToString("yyyy-MM-dd")), Field("notes-text", "Next week")]);
        Assert.Equal(HttpStatusCode.BadRequest, future);
        Assert.Contains("still to come", refused, StringComparison.Ordinal);

        var casey = await LaunchCaseyAsync();
        var caseyId = await UserIdAsync(CaseySubject);
        var (notMine, _) = await GetAsync($"/app/mentors/students/{caseyId}", coordinator);
        Assert.Equal(HttpStatusCode.NotFound, notMine);
        Assert.NotEmpty(casey);
    }

    private const string Closed = "This link does not open anything. It may have expired or been withdrawn; ask whoever sent it to you for a new one.";

    private static string MilestoneId(string html) => MilestoneTarget().Match(html).Groups[1].Value;

    [GeneratedRegex("/milestones/([0-9a-f-]{36})/sign-off")]
    private static partial Regex MilestoneTarget();

    [GeneratedRegex("/links/([0-9a-f-]{36})/revoke")]
    private static partial Regex RevokeTarget();

    [GeneratedRegex("/hours/([0-9a-f-]{36})/confirm")]
    private static partial Regex ConfirmTarget();
}
