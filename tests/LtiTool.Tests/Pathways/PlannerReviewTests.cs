using System.Net;
using static LtiPathways.LtiTool.Tests.Pathways.PlannerTest;

namespace LtiPathways.LtiTool.Tests.Pathways;

public sealed class PlannerReviewTests : PlannerTest
{
    [Fact]
    public async Task A_coordinator_waives_a_requirement_with_a_reason_kept_in_the_history_and_an_advisor_may_not()
    {
        var (planId, _) = await StartPlanAsync(await LaunchAsync("student"));
        var teacher = await LaunchAsync("teacher");
        var coordinator = await LaunchAsync("coordinator");

        var (_, advisorView) = await GetAsync($"/app/pathways/plans/{planId}", teacher);
        Assert.DoesNotContain("Waive a requirement", advisorView, StringComparison.Ordinal);
        var (refused, refusal) = await PostAsync(advisorView, $"/app/pathways/plans/{planId}/waivers",
            [Field("waivers-version", "1"), Field("waivers-requirement", "language-and-cultural-studies"), Field("waivers-reason", "Bilingual")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Contains("Only a coordinator waives a requirement.", refusal, StringComparison.Ordinal);

        var (_, page) = await GetAsync($"/app/pathways/plans/{planId}", coordinator);
        var (noReason, withoutReason) = await PostAsync(page, $"/app/pathways/plans/{planId}/waivers",
            [Field("waivers-version", "1"), Field("waivers-requirement", "language-and-cultural-studies"), Field("waivers-reason", " ")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason);
        Assert.Contains("id=\"waivers-reason-error\"", withoutReason, StringComparison.Ordinal);

        var (waived, plan) = await PostAsync(page, $"/app/pathways/plans/{planId}/waivers",
            [Field("waivers-version", "1"), Field("waivers-requirement", "language-and-cultural-studies"), Field("waivers-reason", "Already bilingual in Spanish and English")]);
        Assert.Equal(HttpStatusCode.Redirect, waived);
        Assert.Equal("Waived", StatusOf(plan, "language-and-cultural-studies"));

        var (_, history) = await GetAsync($"/app/pathways/plans/{planId}/history", teacher);
        Assert.Contains("Already bilingual in Spanish and English", WebUtility.HtmlDecode(history), StringComparison.Ordinal);
        Assert.Contains("saved by Priya Shah", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_advisor_comments_and_the_student_reads_it_and_an_empty_comment_is_refused_beside_the_field()
    {
        var (planId, _) = await StartPlanAsync(await LaunchAsync("student"));
        var teacher = await LaunchAsync("teacher");
        var (_, page) = await GetAsync($"/app/pathways/plans/{planId}", teacher);

        var (empty, refused) = await PostAsync(page, $"/app/pathways/plans/{planId}/comments", [Field("comments-text", "")]);
        var (commented, _) = await PostAsync(page, $"/app/pathways/plans/{planId}/comments", [Field("comments-text", "Book your first PPS session.")]);
        var (_, studentView) = await GetAsync("/app/pathways", await LaunchAsync("student"));

        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Contains("id=\"comments-text-error\"", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, commented);
        Assert.Contains("Alex Rivera</strong> on version 1", studentView, StringComparison.Ordinal);
        Assert.Contains("Book your first PPS session.", studentView, StringComparison.Ordinal);
    }
}
