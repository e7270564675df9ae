using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Tests.Submissions.Media;

public sealed class MediaCommentTests : IDisposable
{
    private readonly MediaScenario scenario = new();

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task Time_coded_comments_stay_hidden_from_the_student_until_the_grade_is_released()
    {
        var (video, teacher) = await SubmittedVideoAsync();

        var criterion = RubricCriterion();
        using var added = await SendAsync(HttpMethod.Post, Comments(video), teacher, new { seconds = 1.25, text = "Good eye contact here.", criterionId = criterion.Id });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var teacherView = await ListAsync(video, teacher);
        Assert.Equal(criterion.Id, teacherView["comments"]![0]!["criterionId"]!.GetValue<string>());
        Assert.Equal(criterion.Title, teacherView["comments"]![0]!["criterion"]!.GetValue<string>());
        var before = await ListAsync(video, scenario.Student);
        Assert.False(before["released"]!.GetValue<bool>());
        Assert.Empty(before["comments"]!.AsArray());

        await ReleaseGradeAsync(video);
        var after = await ListAsync(video, scenario.Student);
        Assert.True(after["released"]!.GetValue<bool>());
        Assert.Equal(1.25, after["comments"]![0]!["seconds"]!.GetValue<double>());
        Assert.Equal("Good eye contact here.", after["comments"]![0]!["text"]!.GetValue<string>());
        Assert.False(after["comments"]![0]!["mine"]!.GetValue<bool>());
        Assert.Equal(criterion.Title, after["comments"]![0]!["criterion"]!.GetValue<string>());
    }

    [Fact]
    public async Task Students_cannot_comment_and_bad_comments_get_a_sentence()
    {
        var (video, teacher) = await SubmittedVideoAsync();

        using var byStudent = await SendAsync(HttpMethod.Post, Comments(video), scenario.Student, new { seconds = 1, text = "Me" });
        using var pastTheEnd = await SendAsync(HttpMethod.Post, Comments(video), teacher, new { seconds = 90, text = "Late" });
        using var empty = await SendAsync(HttpMethod.Post, Comments(video), teacher, new { seconds = 1, text = "  " });
        using var unknownCriterion = await SendAsync(HttpMethod.Post, Comments(video), teacher, new { seconds = 1, text = "Pace", criterionId = "delivery" });

        Assert.Equal(HttpStatusCode.Forbidden, byStudent.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pastTheEnd.StatusCode);
        Assert.Contains("cannot go after its end", await pastTheEnd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Write the comment", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownCriterion.StatusCode);
        Assert.Contains("not in this assignment's rubric", await unknownCriterion.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_deletes_their_own_comment()
    {
        var (video, teacher) = await SubmittedVideoAsync();
        using var added = await SendAsync(HttpMethod.Post, Comments(video), teacher, new { seconds = 0.5, text = "Intro" });
        var id = (await added.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        using var byStudent = await SendAsync(HttpMethod.Delete, $"{Comments(video)}/{id}", scenario.Student);
        using var deleted = await SendAsync(HttpMethod.Delete, $"{Comments(video)}/{id}", teacher);

        Assert.Equal(HttpStatusCode.NotFound, byStudent.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await ListAsync(video, teacher))["comments"]!.AsArray());
    }

    private async Task<(SubmissionFile Video, string Teacher)> SubmittedVideoAsync()
    {
        await scenario.StartAsync();
        var video = await scenario.UploadAsync(await TestMedia.WebMAsync());
        await scenario.Worker.ProcessDueAsync();
        await scenario.SubmitAsync();
        return (video, await scenario.Harness.SessionAsync("teacher"));
    }

    private string Comments(SubmissionFile video) => $"/app/assignments/{scenario.Harness.AssignmentId}/files/{video.Id}/comments";

    private async Task<JsonObject> ListAsync(SubmissionFile video, string token)
    {
        using var response = await SendAsync(HttpMethod.Get, Comments(video), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null) =>
        scenario.Harness.Driver.Client.SendAsync(scenario.Harness.Request(method, path, token, body is null ? null : JsonContent.Create(body)));

    private Task ReleaseGradeAsync(SubmissionFile video) => scenario.Harness.QueryAsync(async db =>
    {
        var submission = await db.Submissions.FindAsync(video.SubmissionId);
        db.Grades.Add(new Grade
        {
            AssignmentId = submission!.AssignmentId, StudentUserId = submission.StudentUserId, Points = 18,
            ReleasedAt = scenario.Harness.Factory.Clock.GetUtcNow().UtcDateTime, UpdatedAt = scenario.Harness.Factory.Clock.GetUtcNow().UtcDateTime,
        });
        return await db.SaveChangesAsync();
    });

    /// <summary>A criterion of the rubric the placed assignment is marked with (the picker chose a template).</summary>
    private static LtiPathways.Rubrics.Criterion RubricCriterion() =>
        LtiPathways.PathwayGraphQL.Library.RubricLibrary.FindTemplate(DeepLinking.DeepLinkingFlow.AssessedFields["rubric"])!.Version.Criteria[0];
}
