using System.Net;
using LtiPathways.PathwayGraphQL.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Partnerships;

/// <summary>The acceptance journeys of issue 15, items 1 and 2, as a coordinator meets them on the pages.</summary>
public sealed class PartnershipLifecycleTests : PartnershipTest
{
    [Fact]
    public async Task A_provider_is_evaluated_with_the_rubric_and_its_score_shows()
    {
        var coordinator = await LaunchAsync("coordinator");
        var (providerId, page) = await AddProviderAsync(coordinator);
        await PostAsync(page, $"/app/partnerships/providers/{providerId}/courses",
        [
            Field("course-title", "Health Science Certificate"), Field("course-modality", "Blended"), Field("course-hours", "120"),
            Field("course-cost", "USD 450"), Field("course-credential", "Level 3 Certificate"), Field("course-recognition", "State colleges"),
        ]);

        var levels = ProviderEvaluations.Template.Version.Criteria.Zip([4, 3, 3, 4, 2], (c, points) => Field($"evaluation-{c.Id}", $"{c.Id}-{points}"));
        var (status, evaluated) = await PostAsync(page, $"/app/partnerships/providers/{providerId}/evaluations", [.. levels, Field("evaluation-notes", "Visited a class.")]);
        var (_, overview) = await GetAsync("/app/partnerships", coordinator);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("Latest: <strong>80 %</strong> (16 of 20 points)", evaluated, StringComparison.Ordinal);
        Assert.Contains("<td>Feedback and moderation</td><td>Developing</td>", evaluated, StringComparison.Ordinal);
        Assert.Contains("Health Science Certificate", evaluated, StringComparison.Ordinal);
        Assert.Contains("<td>80 %</td>", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agreement_expiring_in_30_days_appears_in_the_coordinators_reminders_and_moves_to_the_7_day_window()
    {
        var coordinator = await LaunchAsync("coordinator");
        var (providerId, page) = await AddProviderAsync(coordinator);

        var (status, saved) = await PostAgreementAsync(page, providerId, Today.AddDays(-300), Today.AddDays(30), Pdf());
        var (_, overview) = await GetAsync("/app/partnerships", coordinator);
        var (_, caseload) = await GetAsync("/app/pathways", coordinator);
        Factory.Clock.Advance(TimeSpan.FromDays(24));
        var (_, later) = await GetAsync("/app/partnerships", await LaunchAsync("coordinator"));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("agreement.pdf", saved, StringComparison.Ordinal);
        Assert.Contains("<li data-window=\"30\">", overview, StringComparison.Ordinal);
        Assert.Contains($"the agreement expires on {Day(Today.AddDays(6))}", later, StringComparison.Ordinal);
        Assert.Contains("30-day reminder", overview, StringComparison.Ordinal);
        Assert.Contains("<li data-window=\"7\">", later, StringComparison.Ordinal);
        Assert.Contains("1 agreement expires", caseload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agreement_file_downloads_for_the_coordinator_as_stored()
    {
        var coordinator = await LaunchAsync("coordinator");
        var (providerId, page) = await AddProviderAsync(coordinator);
        var pdf = Pdf(2000);
        await PostAgreementAsync(page, providerId, Today, Today.AddYears(1), pdf);
        var agreementId = await QueryAsync(db => db.PartnershipAgreements.Select(a => a.Id).SingleAsync());

        using var response = await Driver.Client.GetAsync(
            $"{Infrastructure.LaunchDriver.ToolBase}/app/partnerships/providers/{providerId}/agreements/{agreementId}/file?session={Uri.EscapeDataString(coordinator)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_annual_reviews_scorecards_appear_year_over_year_with_the_pilot_and_meeting_log()
    {
        var coordinator = await LaunchAsync("coordinator");
        await LaunchAsync("student");
        var jordan = await UserIdAsync("sandbox-student-1");
        var (providerId, page) = await AddProviderAsync(coordinator);

        await PostAsync(page, $"/app/partnerships/providers/{providerId}/reviews", Review(Today.Year - 2, "78", "88", "3.9", "9"));
        await PostAsync(page, $"/app/partnerships/providers/{providerId}/pilot", [Field("pilot-students", jordan.ToString())]);
        await PostAsync(page, $"/app/partnerships/providers/{providerId}/meetings",
            [Field("meeting-held", Day(Today.AddDays(-3))), Field("meeting-attendees", "Dana, Priya"), Field("meeting-notes", "Planned the renewal.")]);
        var (status, reviewed) = await PostAsync(page, $"/app/partnerships/providers/{providerId}/reviews", Review(Today.Year - 1, "86", "91", "4.3", "14"));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains($"<tr data-year=\"{Today.Year - 2}\">", reviewed, StringComparison.Ordinal);
        Assert.Contains($"<tr data-year=\"{Today.Year - 1}\">", reviewed, StringComparison.Ordinal);
        var latest = reviewed[reviewed.IndexOf($"<tr data-year=\"{Today.Year - 1}\">", StringComparison.Ordinal)..];
        Assert.Contains("86 %", latest, StringComparison.Ordinal);
        Assert.Contains("up 8 points", latest, StringComparison.Ordinal);
        Assert.Contains("up 5<", latest, StringComparison.Ordinal);
        Assert.Contains("1 student: Jordan Lee.", reviewed, StringComparison.Ordinal);
        Assert.Contains("Planned the renewal.", reviewed, StringComparison.Ordinal);
    }

    public static KeyValuePair<string, string>[] Review(int year, string completion, string attendance, string satisfaction, string credentials) =>
    [
        Field("review-year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), Field("review-completion", completion),
        Field("review-attendance", attendance), Field("review-satisfaction", satisfaction), Field("review-credentials", credentials),
        Field("review-outcomes", "Went on to college."),
    ];
}
