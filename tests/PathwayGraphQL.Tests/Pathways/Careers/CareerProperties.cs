using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.Careers.CareerAnswers;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways.Careers;

public class CareerProperties
{
    private static readonly CareerCatalogue Shipped = CareerCatalogue.LoadShipped().Value!;

    private static readonly Gen<InterestAnswer[]> CompleteAnswers =
        Gen.CollectToArray(Inventory.Items.Select(i => Gen.Elements(Enum.GetValues<Liking>()).Select(l => new InterestAnswer(i.Id, l))));

    private static readonly Gen<SkillsProfile?> AnySkills = Gen.OneOf(
        Gen.Constant<SkillsProfile?>(null),
        Gen.CollectToArray(SkillsSelfAssessment.Standard.Skills.Select(s => Gen.Elements(Enum.GetValues<SkillLevel>()).Select(l => new SkillRating(s.Id, l))))
            .Select(r => SkillsSelfAssessment.Standard.Rate(r).Value));

    [Property]
    public Property Scoring_is_deterministic_and_ignores_the_order_of_answers() =>
        Prop.ForAll(CompleteAnswers.SelectMany(a => Gen.Shuffle(a), (a, shuffled) => (a, shuffled)).ToArbitrary(), input =>
        {
            var first = ProfileOf(input.a);
            Assert.Equal(first, ProfileOf(input.a));
            Assert.Equal(first, ProfileOf(input.shuffled));
        });

    [Property]
    public Property Raising_one_types_answers_never_lowers_that_types_score_or_its_place_in_the_code() =>
        Prop.ForAll((
            from answers in CompleteAnswers
            from type in Gen.Elements(Enum.GetValues<RiasecType>())
            from raises in Gen.ArrayOf(Gen.Choose(0, 4), answers.Length)
            select (answers, type, raises)).ToArbitrary(), input =>
        {
            var items = Inventory.Items.ToDictionary(i => i.Id);
            var raised = input.answers.Select((a, i) => items[a.ItemId].Type == input.type
                ? a with { Liking = (Liking)Math.Min(5, (int)a.Liking + input.raises[i]) }
                : a);
            var before = ProfileOf(input.answers);
            var after = ProfileOf(raised);

            Assert.True(after.ScoreOf(input.type).Points >= before.ScoreOf(input.type).Points);
            Assert.True(after.ScoreOf(input.type).Strength >= before.ScoreOf(input.type).Strength);
            var (placeBefore, placeAfter) = (before.Code.Types.ToList().IndexOf(input.type), after.Code.Types.ToList().IndexOf(input.type));
            Assert.True(placeBefore < 0 || (placeAfter >= 0 && placeAfter <= placeBefore), $"{before.Code} became {after.Code}");
        });

    [Property]
    public Property Every_suggestion_names_a_pathway_of_the_catalogue_once_best_fit_first() =>
        Prop.ForAll(CompleteAnswers.Zip(AnySkills).ToArbitrary(), input =>
        {
            var suggestions = CareerSuggester.Suggest(Shipped, ProfileOf(input.Item1), input.Item2);

            Assert.All(suggestions.Pathways, s => Assert.NotNull(Shipped.FindPathway(s.Cluster, s.Pathway)));
            Assert.All(suggestions.Clusters, s => Assert.NotNull(Shipped.FindPathway(s.Cluster, s.ClosestPathway)));
            Assert.Equal(Shipped.Pathways.Count(), suggestions.Pathways.Select(s => (s.Cluster, s.Pathway)).Distinct().Count());
            Assert.Equal(Shipped.Clusters.Count, suggestions.Clusters.Count);
            Assert.All(suggestions.Pathways.Zip(suggestions.Pathways.Skip(1)), p => Assert.True(p.First.Fit >= p.Second.Fit));
            Assert.All(suggestions.Pathways, s => Assert.InRange(s.Fit, 0, 100));
            Assert.All(suggestions.Pathways, s => Assert.EndsWith(".", s.Reason, StringComparison.Ordinal));
        });
}
