using System.Net;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Reels;

public sealed class ReelEvidenceTests : ReelTest
{
    private const string NotYours = "That is not a piece of your own handed-in work, released result or reflection; choose one from the list.";

    [Fact]
    public async Task Another_student_s_evidence_an_unreleased_result_and_an_unreadable_choice_are_refused_and_nothing_is_stored()
    {
        var (student, planId, jordan) = await JordanWithAReflectionAsync();
        var casey = await LaunchCaseyAsync();
        var (caseysPlan, _) = await StartPlanAsync(casey, "cte-ilp");
        var caseysResult = await ReleasedAssessmentAsync(await UserIdAsync(CaseySubject), 18m);
        var draft = await ReleasedAssessmentAsync(jordan, 12m);
        await QueryAsync(async db =>
        {
            var assessment = await db.RubricAssessments.SingleAsync(a => a.Id == draft);
            (assessment.Status, assessment.ReleasedAt) = (AssessmentStatus.Draft, null);
            return await db.SaveChangesAsync();
        });

        var (foreign, foreignPage) = await AddSlideAsync(student, planId, $"RubricAssessment:{caseysResult}", "Not mine");
        var (unreleased, unreleasedPage) = await AddSlideAsync(student, planId, $"RubricAssessment:{draft}", "Not yet");
        var (garbled, garbledPage) = await AddSlideAsync(student, planId, "Essay:nonsense", "");
        var (tooLong, tooLongPage) = await AddSlideAsync(student, planId, $"RubricAssessment:{caseysResult}", new string('x', 1001));

        Assert.Equal(HttpStatusCode.NotFound, foreign);
        Assert.Contains(NotYours, foreignPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unreleased);
        Assert.Contains(NotYours, unreleasedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, garbled);
        Assert.Contains("Choose the piece of your work to add from the list.", garbledPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong);
        Assert.Contains("Keep a caption to 1000 characters", tooLongPage, StringComparison.Ordinal);
        Assert.False(await QueryAsync(db => db.ReelSlides.AnyAsync()));

        var (caseyReadsJordan, _) = await ReelPageAsync(casey, planId);
        Assert.Equal(HttpStatusCode.NotFound, caseyReadsJordan);
        var (_, ownPage) = await ReelPageAsync(student, planId);
        var (jordanChangesCasey, _) = await PostAsync(ownPage, $"/app/reels/plans/{caseysPlan}/slides", [Field("slide-evidence", $"RubricAssessment:{caseysResult}")]);
        Assert.Equal(HttpStatusCode.NotFound, jordanChangesCasey);
        var (advisorAdds, advisorRefused) = await AddSlideAsync(await LaunchAsync("teacher"), planId, $"RubricAssessment:{draft}", "");
        Assert.Equal(HttpStatusCode.Forbidden, advisorAdds);
        Assert.Contains("Only the student arranges and shares their own conference reel.", advisorRefused, StringComparison.Ordinal);
        Assert.False(await QueryAsync(db => db.ReelSlides.AnyAsync()));
    }

    [Fact]
    public async Task A_result_reopened_after_it_was_put_on_a_slide_is_never_shown_in_the_tool_or_through_the_link()
    {
        var (student, planId, jordan) = await JordanWithAReflectionAsync();
        var result = await ReleasedAssessmentAsync(jordan, 16m);
        await AddSlideAsync(student, planId, $"RubricAssessment:{result}", "My presentation");
        var link = await ShareAsync(student, planId);
        Assert.Contains("80 %", (await OpenLinkAsync(link)).Html, StringComparison.Ordinal);

        await QueryAsync(async db =>
        {
            var assessment = await db.RubricAssessments.SingleAsync(a => a.Id == result);
            assessment.Status = AssessmentStatus.Draft;
            return await db.SaveChangesAsync();
        });

        var (_, shared, _) = await OpenLinkAsync(link);
        var (_, preview) = await GetAsync($"/app/reels/plans/{planId}/preview", student);
        var (_, advisor) = await ReelPageAsync(await LaunchAsync("teacher"), planId);
        foreach (var html in new[] { shared, preview, advisor })
        {
            Assert.Contains("This piece is not available at the moment.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("80 %", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Employability presentation", html, StringComparison.Ordinal);
            Assert.Contains("My presentation", html, StringComparison.Ordinal);
        }
    }
}
