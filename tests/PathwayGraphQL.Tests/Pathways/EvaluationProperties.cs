using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.PlanGenerators;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

public sealed class EvaluationProperties
{
    private static readonly PlanTemplate Template = ShippedTemplates.Combined;

    private static Gen<(PlanDocument Plan, DateOnly Today, Dictionary<Guid, decimal> Released)> Cases { get; } =
        from plan in Plans
        from today in Day
        from released in ReleasedFor(plan)
        select (plan, today, released);

    [Property]
    public Property Evaluation_is_deterministic() =>
        Prop.ForAll(Cases.ToArbitrary(), input =>
        {
            var first = PlanEvaluator.Evaluate(Template, input.Plan, input.Today, input.Released);
            var stored = PlanDocumentJson.Read(PlanDocumentJson.Write(input.Plan)).Value!;
            var again = PlanEvaluator.Evaluate(Template, stored, input.Today, new Dictionary<Guid, decimal>(input.Released.Reverse()));
            Assert.Equal(first, again);
        });

    [Property]
    public Property Logging_more_hours_never_unmeets_a_met_requirement() =>
        Prop.ForAll(Cases.SelectMany(c => Gen.NonEmptyListOf(Hour(Gen.Choose(0, c.Today.DayNumber - YearStart.DayNumber).Select(YearStart.AddDays))).Select(more => (c, more))).ToArbitrary(), input =>
        {
            var ((plan, today, released), more) = input;
            var before = PlanEvaluator.Evaluate(Template, plan, today, released);
            var after = PlanEvaluator.Evaluate(Template, plan with { Hours = [.. plan.Hours, .. more] }, today, released);
            foreach (var (was, now) in before.Requirements.Zip(after.Requirements))
            {
                if (was.Status is RequirementStatus.Met)
                {
                    Assert.True(now.Status is RequirementStatus.Met, $"{was.Sentence} became {now.Sentence}");
                }
            }
        });

    [Property]
    public Property Every_requirement_gets_one_sentence_starting_with_its_name() =>
        Prop.ForAll(Cases.ToArbitrary(), input =>
        {
            var evaluation = PlanEvaluator.Evaluate(Template, input.Plan, input.Today, input.Released);
            Assert.Equal(Template.Requirements.Select(r => r.Key), evaluation.Requirements.Select(r => r.Key));
            Assert.All(evaluation.Requirements, r => Assert.Matches($"^{r.Name}: [^\\n]+\\.$", r.Sentence));
        });

    [Property]
    public Property A_plan_diffed_with_itself_has_no_changes() =>
        Prop.ForAll(Plans.ToArbitrary(), plan => Assert.Empty(PlanDiff.Between(plan, PlanDocumentJson.Read(PlanDocumentJson.Write(plan)).Value!, Template)));

    [Property]
    public Property Every_change_to_an_hour_log_shows_in_the_diff() =>
        Prop.ForAll(Plans.Where(p => p.Hours.Count > 0).SelectMany(p => Hour(Day).Select(h => (p, h))).ToArbitrary(), input =>
        {
            var (plan, replacement) = input;
            var changed = plan with { Hours = [replacement with { Id = plan.Hours[0].Id }, .. plan.Hours.Skip(1)] };
            Assert.Equal(changed == plan, PlanDiff.Between(plan, changed).Count == 0);
        });

    [Property]
    public Property A_plan_reads_back_equal_from_its_stored_version() =>
        Prop.ForAll(Plans.ToArbitrary(), plan => Assert.Equal(plan, PlanDocumentJson.Read(PlanDocumentJson.Write(plan)).Value));
}
