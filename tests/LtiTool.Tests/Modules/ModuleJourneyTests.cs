using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Modules;

public sealed class ModuleJourneyTests : ModuleTest
{
    [Fact]
    public async Task A_student_works_through_the_safety_module_with_feedback_and_the_advisors_rubric_mark_meets_the_plans_requirement()
    {
        var jordan = await LaunchAsync("student");
        var (planId, plan) = await StartPlanAsync(jordan, "cte-ilp");
        Assert.Equal("Missing", StatusOf(plan, "workplace-safety-module"));
        Assert.Contains("Workplace safety module: 0 of 5 steps done; open Workplace safety basics from your plan to start.", WebUtility.HtmlDecode(plan), StringComparison.Ordinal);

        var (_, module) = await GetAsync(Safety, jordan);
        Assert.Contains("Start: Hazards and how we control them", module, StringComparison.Ordinal);
        var (outOfOrder, refused) = await PostAsync(module, Step("hazards-quiz", "attempts"), RightHazardAnswers);
        Assert.Equal(HttpStatusCode.Conflict, outOfOrder);
        Assert.Contains("Steps open in order: finish “Hazards and how we control them” before “Check: hazards and controls”.", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);

        var (read, quiz) = await PostAsync(module, Step("hazards", "read"), []);
        Assert.Equal(HttpStatusCode.Redirect, read);
        Assert.Contains("Check: hazards and controls", quiz, StringComparison.Ordinal);

        var feedback = await CheckByScriptAsync(quiz, "hazard-or-risk", "b");
        Assert.False(feedback.GetProperty("right").GetBoolean());
        Assert.Equal("Not quite: the right answer is “a hazard”.", feedback.GetProperty("sentence").GetString());
        Assert.StartsWith("The box is something that could cause harm", feedback.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        var (checkedStatus, checkedPage) = await PostAsync(quiz, Step("hazards-quiz", "check"), [Field("question", "first-control"), Answer("first-control", "b")]);
        Assert.Equal(HttpStatusCode.OK, checkedStatus);
        Assert.Contains("data-right=\"true\"", checkedPage, StringComparison.Ordinal);

        var (unknown, unknownPage) = await PostAsync(quiz, Step("hazards-quiz", "attempts"), [.. RightHazardAnswers, Answer("no-such-question", "a")]);
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Contains("This quiz has no such question", unknownPage, StringComparison.Ordinal);
        var (failed, failedPage) = await PostAsync(quiz, Step("hazards-quiz", "attempts"),
            [Answer("hazard-or-risk", "b"), Answer("first-control", "a"), Answer("ppe-last", "a"), Answer("stop-work", "b")]);
        Assert.Equal(HttpStatusCode.OK, failed);
        Assert.Contains("1 of 4 right: not passed yet", failedPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"retry\"", failedPage, StringComparison.Ordinal);
        var (_, passedPage) = await PostAsync(failedPage, Step("hazards-quiz", "attempts"), RightHazardAnswers);
        Assert.Contains("4 of 4 right: passed", passedPage, StringComparison.Ordinal);

        await PostAsync(passedPage, Step("reporting", "read"), []);
        var (_, reportingQuiz) = await PostAsync(passedPage, Step("reporting-quiz", "attempts"),
            [Answer("near-miss", "b"), Answer("report-contents", "a"), Answer("report-contents", "b")]);
        Assert.Contains("2 of 2 right: passed", reportingQuiz, StringComparison.Ordinal);
        (_, plan) = await GetAsync($"/app/pathways/plans/{planId}", jordan);
        Assert.Equal("OnTrack", StatusOf(plan, "workplace-safety-module"));
        Assert.Contains("Workplace safety module: 4 of 5 steps done; next: Hazard walk at your placement.", plan, StringComparison.Ordinal);

        var (empty, emptyPage) = await PostAsync(reportingQuiz, Step("hazard-walk", "hand-in"), [Field("hand-in-text", " "), Field("hand-in-link", "ftp://x")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Contains("Describe what you did, so your advisor can mark it.", emptyPage, StringComparison.Ordinal);
        var (handed, handedPage) = await PostAsync(reportingQuiz, Step("hazard-walk", "hand-in"),
            [Field("hand-in-text", "Wet floor by the sink: mop it and fix the leak."), Field("hand-in-link", "https://example.org/photos")]);
        Assert.Equal(HttpStatusCode.Redirect, handed);
        Assert.Contains("Handed in.", handedPage, StringComparison.Ordinal);
        (_, plan) = await GetAsync($"/app/pathways/plans/{planId}", jordan);
        Assert.Contains("4 of 5 steps done; your practical task is waiting for your advisor", WebUtility.HtmlDecode(plan), StringComparison.Ordinal);

        var jordanId = await UserIdAsync("sandbox-student-1");
        var (classmate, _) = await GetAsync($"{Safety}/students/{jordanId}", await LaunchCaseyAsync());
        Assert.Equal(HttpStatusCode.NotFound, classmate);

        var teacher = await LaunchAsync("teacher");
        var (_, work) = await GetAsync($"{Safety}/students/{jordanId}", teacher);
        Assert.Contains("Wet floor by the sink", work, StringComparison.Ordinal);
        var mark = $"{Safety}/students/{jordanId}/steps/hazard-walk/marks";
        var (partial, partialPage) = await PostAsync(work, mark, [Field("level-punctuality", "punctuality-3")]);
        Assert.Equal(HttpStatusCode.BadRequest, partial);
        Assert.Contains("Choose a level for “Safety and care of equipment”.", WebUtility.HtmlDecode(partialPage), StringComparison.Ordinal);
        var (marked, markedPage) = await PostAsync(work, mark,
        [
            Field("level-punctuality", "punctuality-3"), Field("level-safety", "safety-4"), Field("level-teamwork", "teamwork-3"),
            Field("level-communication", "communication-3"), Field("level-initiative", "initiative-3"), Field("mark-comment", "Good controls chosen."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, marked);
        Assert.Contains("data-passed=\"true\"", markedPage, StringComparison.Ordinal);

        (_, plan) = await GetAsync($"/app/pathways/plans/{planId}", jordan);
        Assert.Equal("Met", StatusOf(plan, "workplace-safety-module"));
        Assert.Contains("Workplace safety module: Workplace safety basics completed on", plan, StringComparison.Ordinal);
        var (_, advisorPlan) = await GetAsync($"/app/pathways/plans/{planId}", teacher);
        Assert.Equal("Met", StatusOf(advisorPlan, "workplace-safety-module"));
    }

    private async Task<JsonElement> CheckByScriptAsync(string page, string question, string option)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LaunchDriver.ToolBase + Step("hazards-quiz", "check"))
        {
            Content = new FormUrlEncodedContent([Field("question", question), Answer(question, option)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebUtility.HtmlDecode(PageForm.SessionToken(page)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Driver.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
