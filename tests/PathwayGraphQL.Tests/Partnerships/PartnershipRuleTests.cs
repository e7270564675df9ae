using LtiPathways.PathwayGraphQL.Data.Partnerships;
using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Tests.Partnerships;

/// <summary>The partnership rules that need no database: reminder windows, the year-over-year trend, input checks and the rubric.</summary>
public sealed class PartnershipRuleTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, 7)]
    [InlineData(7, 7)]
    [InlineData(8, 30)]
    [InlineData(30, 30)]
    [InlineData(31, 90)]
    [InlineData(90, 90)]
    [InlineData(91, null)]
    public void An_agreement_enters_the_90_30_and_7_day_windows(int daysLeft, int? window) =>
        Assert.Equal(window, ReminderWindow.For(daysLeft));

    [Fact]
    public void The_trend_orders_years_and_compares_each_with_the_year_reviewed_before()
    {
        var years = ScorecardTrend.Of(
        [
            new AnnualReview { Year = 2025, CompletionPercent = 86m, AttendancePercent = 91m, Satisfaction = 4.3m, CredentialsEarned = 14 },
            new AnnualReview { Year = 2023, CompletionPercent = 78m, AttendancePercent = 92m, Satisfaction = 3.9m, CredentialsEarned = 9 },
        ]);

        Assert.Equal([2023, 2025], years.Select(y => y.Year));
        Assert.Null(years[0].CompletionChange);
        Assert.Equal((8m, -1m, 0.4m, 5), (years[1].CompletionChange, years[1].AttendanceChange, years[1].SatisfactionChange, years[1].CredentialsChange));
    }

    [Fact]
    public void An_agreement_must_expire_after_it_starts()
    {
        var problems = new AgreementInput("r", "d", "q", Today, Today).Problems();

        Assert.Equal([new InputProblem("expires", "The agreement must expire after it starts (2026-12-07); check the two dates.")], problems);
        Assert.Empty(new AgreementInput("r", "d", "q", Today, Today.AddDays(1)).Problems());
    }

    [Fact]
    public void A_review_year_must_have_started_and_its_figures_be_in_range()
    {
        Assert.Equal(["year"], new ReviewInput(2027, 50m, 50m, 3m, 1, "").Problems(Today).Select(p => p.Field));
        Assert.Empty(new ReviewInput(2026, 50m, 50m, 3m, 1, "").Problems(Today));
        Assert.Equal(["completion", "satisfaction", "credentials"], new ReviewInput(2025, 101m, 50m, 0m, -1, "").Problems(Today).Select(p => p.Field));
    }

    [Fact]
    public void A_meeting_is_logged_after_it_took_place()
    {
        Assert.Equal(["held"], new MeetingInput(Today.AddDays(1), "a", "n").Problems(Today).Select(p => p.Field));
        Assert.Empty(new MeetingInput(Today, "a", "n").Problems(Today));
    }

    [Fact]
    public void Attachments_over_10_MB_or_of_other_types_are_refused()
    {
        Assert.Null(AgreementFile.RefuseSize(AgreementFile.MaxBytes));
        Assert.Equal(PathwayGraphQL.Outcomes.RefusalCode.TooLarge, AgreementFile.RefuseSize(AgreementFile.MaxBytes + 1)?.Code);
        Assert.Null(AgreementFile.RefuseType("application/pdf", "PDF"));
        Assert.NotNull(AgreementFile.RefuseType("video/mp4", "MP4 video"));
    }

    [Fact]
    public void The_provider_evaluation_rubric_is_valid_and_covers_the_five_criteria()
    {
        var version = RubricTemplates.ProviderEvaluation.Version;

        Assert.Empty(RubricVersionRules.Check(version));
        Assert.Equal(["ib-alignment", "assessment-transparency", "reflection-ethics", "staff-qualifications", "feedback-moderation"], version.Criteria.Select(c => c.Id));
        Assert.DoesNotContain(RubricTemplates.All, t => t.Key == RubricTemplates.ProviderEvaluation.Key);
    }

    [Fact]
    public void An_evaluation_needs_a_level_for_every_criterion()
    {
        var levels = new Dictionary<string, string> { ["ib-alignment"] = "ib-alignment-4", ["assessment-transparency"] = "ib-alignment-3" };

        var problems = ProviderEvaluations.Problems(levels, "");

        Assert.Equal(["assessment-transparency", "reflection-ethics", "staff-qualifications", "feedback-moderation"], problems.Select(p => p.Field));
    }
}
