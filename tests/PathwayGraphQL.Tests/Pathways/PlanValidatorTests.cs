using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.PathwayGraphQL.Pathways.Validation;
using LtiPathways.Rubrics;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.PlanSamples;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

public sealed class PlanValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly DateOnly October3 = new(2026, 10, 3);

    private static HourLog Log(int n, DateOnly date, decimal hours, string activity = "Workshop") =>
        new(Id(n), date, hours, HourKind.PpsGuided, activity, "Ms Park");

    private static Problem Single(PlanDocument plan) => Assert.Single(PlanValidator.Check(plan, Today, ShippedTemplates.Combined));

    [Fact]
    public void The_sample_plan_has_no_problems() => Assert.Empty(PlanValidator.Check(CombinedPlan(), Today, ShippedTemplates.Combined));

    [Fact]
    public void A_career_related_study_without_a_provider() =>
        Assert.Equal(new Problem("Name who provides the career-related study.", "careerRelatedStudy.provider"),
            Single(PlanDocument.Empty with { CareerRelatedStudy = new(Id(1), "Health Science Certificate", " ") }));

    [Fact]
    public void A_project_piece_the_template_does_not_name() =>
        Assert.Equal(new Problem("Choose which piece of the project this is.", "projectArtefacts[0].kind"),
            Single(PlanDocument.Empty with { ProjectArtefacts = [new(Id(1), "poster", "My poster", null, null)] }));

    [Fact]
    public void Negative_hours() =>
        Assert.Equal(new Problem("Hours must be more than 0.", "hours[0].hours"), Single(PlanDocument.Empty with { Hours = [Log(1, October3, -2)] }));

    [Fact]
    public void Hours_in_the_future() =>
        Assert.Equal(new Problem("1 December is still to come; log hours once they are done.", "hours[0].date"),
            Single(PlanDocument.Empty with { Hours = [Log(1, Today.AddDays(1), 2)] }));

    [Fact]
    public void Over_24_hours_in_one_day_summed() =>
        Assert.Equal(new Problem("The hours for 3 October add up to 26; a day has 24.", "hours[1].hours"),
            Single(PlanDocument.Empty with { Hours = [Log(1, October3, 20), Log(2, October3, 6, "Shadowing")] }));

    [Fact]
    public void Duplicated_hours() =>
        Assert.Equal(new Problem("This repeats the 4 hours already logged for 3 October with the same kind and activity.", "hours[1]"),
            Single(PlanDocument.Empty with { Hours = [Log(1, October3, 4), Log(2, October3, 4)] }));

    [Fact]
    public void Goal_target_before_it_was_set() =>
        Assert.Equal(new Problem("The target date 1 September comes before the goal was set on 1 October.", "goals[0].targetDate"),
            Single(PlanDocument.Empty with { Goals = [new Goal(Id(1), "Pass the exam", "Score", new DateOnly(2026, 10, 1), September1, GoalStatus.InProgress)] }));

    [Fact]
    public void Milestone_after_its_goals_target()
    {
        var plan = CombinedPlan() with { Milestones = [CombinedPlan().Milestones[0] with { Due = new DateOnly(2027, 6, 1) }] };

        Assert.Equal(new Problem("This milestone is due on 1 June 2027, after its goal's target date 1 May 2027.", "milestones[0].due"), Single(plan));
    }

    [Fact]
    public void Certification_expiring_before_it_was_earned()
    {
        var plan = CombinedPlan() with { Certifications = [CombinedPlan().Certifications[0] with { ExpiresOn = new DateOnly(2025, 6, 1) }] };

        Assert.Equal(new Problem("CompTIA A+ cannot expire on 1 June 2025, before it was earned on 1 June.", "certifications[0].expiresOn"), Single(plan));
    }

    [Fact]
    public void Evidence_tagged_with_a_requirement_the_template_lacks()
    {
        var plan = CombinedPlan() with { Evidence = [CombinedPlan().Evidence[0] with { RequirementKeys = ["service-learning", "theory-of-knowledge"] }] };

        Assert.Equal(new Problem("\"theory-of-knowledge\" is not a requirement of this plan's template.", "evidence[0].requirementKeys"), Single(plan));
    }

    [Fact]
    public void Two_entries_with_one_id() =>
        Assert.Equal(new Problem("Two entries share one id; give the second a new one.", "hours[1].id"),
            Single(PlanDocument.Empty with { Hours = [Log(1, October3, 2), Log(1, October3.AddDays(1), 2)] }));

    [Fact]
    public void A_reflection_without_text_or_recording() =>
        Assert.Equal(new Problem("Write the reflection or attach a recording.", "reflections[0].text"),
            Single(PlanDocument.Empty with { Reflections = [new Reflection(Id(1), ReflectionKind.Reflection, October3, " ", null, [])] }));

    [Fact]
    public void A_certification_without_an_issuer() =>
        Assert.Equal(new Problem("Name who issued the certification.", "certifications[0].issuer"),
            Single(CombinedPlan() with { Certifications = [CombinedPlan().Certifications[0] with { Issuer = " " }] }));
}
