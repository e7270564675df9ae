using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

public sealed class TemplateEditTests
{
    private static readonly PlanTemplate Cp = ShippedTemplates.CareerRelated;

    private static PlanTemplate WithRequirement(string key, Func<RequirementDefinition, RequirementDefinition> change) =>
        Cp with { Requirements = [.. Cp.Requirements.Select(r => r.Key == key ? change(r) : r)] };

    private static PlanTemplate Without(string key) => Cp with { Requirements = [.. Cp.Requirements.Where(r => r.Key != key)] };

    private static PlanDocument TaggedWith(string key) => PlanDocument.Empty with
    {
        Evidence = [new Evidence(PlanSamples.Id(1), EvidenceSource.Submission, PlanSamples.Id(2), "Beach clean-up report", [key])],
    };

    [Fact]
    public void A_version_no_plan_uses_changes_in_place()
    {
        var decision = TemplateEdit.Check(Cp, Without("community-engagement"), []);

        Assert.Equal(new TemplateEditDecision(TemplateEditOutcome.InPlace, 1, "No plan uses version 1 yet, so the change applies to it."), decision);
    }

    [Fact]
    public void A_changed_target_on_a_version_plans_use_becomes_the_next_version()
    {
        var edited = WithRequirement("personal-and-professional-skills", r => r with { Parameters = r.Parameters with { TargetHours = 100 } });

        var decision = TemplateEdit.Check(Cp, edited, [PlanDocument.Empty, PlanDocument.Empty]);

        Assert.Equal(new TemplateEditDecision(TemplateEditOutcome.NewVersion, 2, "The 2 plans stay on version 1; new plans start on version 2."), decision);
    }

    [Fact]
    public void Removing_a_requirement_plans_have_tagged_keeps_their_data_on_the_old_version()
    {
        var decision = TemplateEdit.Check(Cp, Without("community-engagement"), [TaggedWith("service-learning")]);

        Assert.Equal(TemplateEditOutcome.NewVersion, decision.Outcome);
        Assert.Equal(
            "The 1 plan stays on version 1, where its evidence and waivers for Community Engagement still count; new plans start on version 2.",
            decision.Sentence);
    }

    [Fact]
    public void Renaming_only_changes_the_version_in_place()
    {
        var edited = WithRequirement("community-engagement", r => r with { Name = "Community engagement" });

        Assert.Equal(TemplateEditOutcome.InPlace, TemplateEdit.Check(Cp, edited, [TaggedWith("community-engagement")]).Outcome);
    }

    [Fact]
    public void Changing_what_a_tagged_requirement_checks_is_refused()
    {
        var edited = WithRequirement("community-engagement", r => r with { Kind = RequirementKind.GradeThreshold, Parameters = new() { MinimumPercentage = 50 } });

        var decision = TemplateEdit.Check(Cp, edited, [TaggedWith("community-engagement")]);

        Assert.Equal(
            new TemplateEditDecision(TemplateEditOutcome.Refused, 1,
                "Community Engagement is already tagged in plans, so it keeps checking what it checks now; add a new requirement for the other check."),
            decision);
    }

    [Fact]
    public void Changing_the_key_is_refused()
    {
        var decision = TemplateEdit.Check(Cp, Cp with { Key = "cp-2027" }, []);

        Assert.Equal(TemplateEditOutcome.Refused, decision.Outcome);
        Assert.Equal("A template keeps its key \"ib-cp\": plans find their template by it. Start a new template instead.", decision.Sentence);
    }

    [Fact]
    public void An_edit_that_breaks_the_template_rules_is_refused_with_the_rule()
    {
        var edited = WithRequirement("reflective-project-supervision", r => r with { Parameters = r.Parameters with { MaximumHours = 2 } });

        var decision = TemplateEdit.Check(Cp, edited, []);

        Assert.Equal(TemplateEditOutcome.Refused, decision.Outcome);
        Assert.StartsWith("Reflective Project supervision needs a minimum and a maximum", decision.Sentence);
    }
}
