using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.PlanSamples;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.RuleCases;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

/// <summary>Hour targets with their pace projection, hour ranges and activities with reflections, with the sentence the student reads.</summary>
public sealed class HourRuleTests
{
    [Fact]
    public void Hour_target_behind_pace_is_at_risk_with_the_projected_day()
    {
        var result = Evaluate("personal-and-professional-skills", WithHours(42, HourKind.PpsGuided), change: DueMarch1);

        AssertResult(RequirementStatus.AtRisk,
            "Personal and Professional Skills: 42 of 90 hours logged; at your pace since September you reach 90 by 13 March 2027, after the 1 March 2027 deadline.",
            result);
    }

    [Fact]
    public void Hour_target_ahead_of_pace_is_on_track()
    {
        var result = Evaluate("personal-and-professional-skills", WithHours(42, HourKind.PpsGuided), new DateOnly(2026, 11, 24), DueMarch1);

        AssertResult(RequirementStatus.OnTrack,
            "Personal and Professional Skills: 42 of 90 hours logged; at your pace since September you reach 90 by 28 February 2027, before the 1 March 2027 deadline.",
            result);
    }

    [Fact]
    public void Hour_target_reached_is_met_counting_only_its_kinds()
    {
        var plan = PlanDocument.Empty with
        {
            Hours = [Log(1, new DateOnly(2026, 10, 3), 80, HourKind.Internship), Log(2, new DateOnly(2026, 10, 4), 40, HourKind.JobShadow), Log(3, new DateOnly(2026, 10, 5), 9, HourKind.PpsGuided)],
        };

        AssertResult(RequirementStatus.Met, "Work-based learning: 120 of 120 hours logged.", Evaluate("work-based-learning", plan));
    }

    [Fact]
    public void Hour_target_past_its_deadline_is_at_risk()
    {
        var result = Evaluate("personal-and-professional-skills", WithHours(42, HourKind.PpsGuided), new DateOnly(2027, 3, 2), DueMarch1);

        AssertResult(RequirementStatus.AtRisk, "Personal and Professional Skills: 42 of 90 hours logged; the 1 March deadline has passed.", result);
    }

    [Fact]
    public void Hour_target_counted_from_the_start_names_that_deadline()
    {
        AssertResult(RequirementStatus.Missing,
            "Personal and Professional Skills: 0 of 90 hours logged; 90 are due by 1 March 2028.",
            Evaluate("personal-and-professional-skills", PlanDocument.Empty));
    }

    [Fact]
    public void Hours_on_a_day_still_to_come_do_not_count()
    {
        var plan = PlanDocument.Empty with { Hours = [Log(1, November30.AddDays(1), 5, HourKind.RpSupervision)] };

        Assert.Equal(RequirementStatus.Missing, Evaluate("reflective-project-supervision", plan).Status);
    }

    [Fact]
    public void Reflected_activities_count_reflections_tagged_under_the_former_name()
    {
        var plan = PlanDocument.Empty with
        {
            Hours = [Log(1, new DateOnly(2026, 10, 3), 3, HourKind.CommunityEngagement, "Food bank"), Log(2, new DateOnly(2026, 10, 10), 3, HourKind.CommunityEngagement, "food bank "), Log(3, new DateOnly(2026, 10, 17), 2, HourKind.CommunityEngagement, "Beach clean-up")],
            Reflections = [new Reflection(Id(9), ReflectionKind.Reflection, new DateOnly(2026, 10, 18), "What I saw.", null, ["service-learning"])],
        };

        AssertResult(RequirementStatus.OnTrack,
            "Community Engagement: 2 activities logged and 1 reflection written; at least 2 of each are needed.", Evaluate("community-engagement", plan));
    }
}
