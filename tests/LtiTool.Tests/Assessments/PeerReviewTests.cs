using System.Net;
using LtiPathways.PathwayGraphQL.Assessments.Peer;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Assessments;

public sealed class PeerReviewTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private AssessmentHarness harness = default!;
    private Guid jordan;
    private List<Guid> roster = [];

    public async Task InitializeAsync()
    {
        harness = await AssessmentHarness.StartAsync(factory);
        jordan = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        var teacher = new LibraryClient(harness, await harness.TeacherAsync());
        var page = await teacher.PageAsync("/app/assessments/settings");
        var (status, _) = await teacher.PostAsync(page, "/app/assessments/settings",
            new Dictionary<string, string> { ["self"] = "on", ["peer"] = "on", ["reviews"] = "1" });
        Assert.Equal(HttpStatusCode.OK, status);
        await harness.QueryAsync(async db =>
        {
            var membership = await db.Memberships.Include(m => m.User).SingleAsync(m => m.UserId == jordan);
            foreach (var name in new[] { "Casey Reviewer", "Dana Kim", "Eli Novak" })
            {
                var user = new LtiUser { RegistrationId = membership.User!.RegistrationId, Subject = "peer-" + name, Name = name };
                db.Users.Add(user);
                db.Memberships.Add(new CourseMembership { CourseId = membership.CourseId, UserId = user.Id, Role = CourseRole.Student });
            }
            await db.SaveChangesAsync();
            roster = await db.Memberships.Where(m => m.CourseId == membership.CourseId && m.Role == CourseRole.Student && m.Active)
                .Select(m => m.UserId).ToListAsync();
            return 0;
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        harness.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task A_reviewer_assesses_their_allocated_classmate_and_is_refused_for_anyone_else()
    {
        var allocated = Assert.Single(PeerAllocation.ReviewsOf(roster, jordan, 1));
        var other = roster.First(s => s != jordan && s != allocated);
        var student = new LibraryClient(harness, await harness.Scenario.LaunchAsync("student"));

        var (refusedPage, sentence) = await student.GetAsync($"/app/assessments/peer?student={other}");
        Assert.Equal(HttpStatusCode.Forbidden, refusedPage);
        Assert.Contains("not allocated to you", sentence, StringComparison.Ordinal);
        var refused = await harness.DraftAsync(student.Token, other, null, AssessmentHarness.GoodMarks(), kind: "Peer");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);

        var page = await student.PageAsync("/app/assessments/peer");
        Assert.Contains($"data-student=\"{allocated}\" data-kind=\"Peer\"", page, StringComparison.Ordinal);
        var saved = await harness.DraftAsync(student.Token, allocated, null, AssessmentHarness.GoodMarks("Strong evidence."), kind: "Peer");
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        var stored = await harness.QueryAsync(db => db.RubricAssessments.SingleAsync(a => a.Kind == AssessmentKind.Peer));
        Assert.Equal((allocated, jordan), (stored.StudentUserId, stored.AssessorKey));
    }

    [Fact]
    public async Task Peer_marks_are_named_for_the_teacher_anonymous_for_the_student_and_never_reach_the_outbox()
    {
        var casey = await harness.QueryAsync(db => db.Users.Where(u => u.Name == "Casey Reviewer").Select(u => u.Id).SingleAsync());
        await harness.QueryAsync(async db =>
        {
            var settings = await db.AssessmentSettings.SingleAsync();
            db.RubricAssessments.Add(new RubricAssessment
            {
                AssignmentId = settings.AssignmentId, StudentUserId = jordan, Kind = AssessmentKind.Peer, AssessorKey = casey, MarkerUserId = casey,
                RubricId = settings.RubricId, RubricVersionNumber = settings.VersionNumber, OverallComment = "Your timeline was easy to follow.",
                SelectionsJson = "{\"items\":[{\"criterion\":\"punctuality\",\"level\":\"punctuality-2\"}]}",
            });
            return await db.SaveChangesAsync();
        });
        var studentToken = await harness.Scenario.LaunchAsync("student");
        Assert.Equal(HttpStatusCode.OK, (await harness.DraftAsync(studentToken, jordan, null, AssessmentHarness.GoodMarks("I tried hard."), kind: "Self")).Status);
        var token = await harness.TeacherAsync();
        await harness.DraftAsync(token, jordan, null, AssessmentHarness.GoodMarks());

        var teacherView = await harness.OpenAsync(token, $"&student={jordan}");
        Assert.Contains("Peer review by Casey Reviewer", teacherView, StringComparison.Ordinal);
        Assert.Contains("Peer average 2 of 24 from 1 review", teacherView, StringComparison.Ordinal);
        Assert.Contains("The student&#x27;s self-assessment", teacherView, StringComparison.Ordinal);

        var (released, _) = await harness.ReleaseAsync(token, jordan);
        Assert.Equal(HttpStatusCode.OK, released);
        var result = await harness.OpenAsync(await harness.Scenario.LaunchAsync("student"));
        Assert.Contains("Classmate 1", result, StringComparison.Ordinal);
        Assert.Contains("Your timeline was easy to follow.", result, StringComparison.Ordinal);
        Assert.DoesNotContain("Casey", result, StringComparison.Ordinal);

        await harness.ReleaseAsync(token, jordan);
        var entries = await harness.Scenario.OutboxAsync();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains("\"scoreGiven\":16.67", e.SentDocument(), StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.SentDocument().Contains("timeline", StringComparison.Ordinal) || e.SentDocument().Contains("I tried hard", StringComparison.Ordinal));
    }
}
