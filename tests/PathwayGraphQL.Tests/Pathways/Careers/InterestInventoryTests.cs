using LtiPathways.PathwayGraphQL.Pathways.Careers;
using static LtiPathways.PathwayGraphQL.Pathways.Careers.RiasecType;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.Careers.CareerAnswers;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways.Careers;

public class InterestInventoryTests
{
    [Fact]
    public void The_standard_inventory_has_between_thirty_and_sixty_items_balanced_across_the_six_types()
    {
        var items = Inventory.Items;

        Assert.InRange(items.Count, 30, 60);
        Assert.All(Enum.GetValues<RiasecType>(), t => Assert.Equal(items.Count / 6, items.Count(i => i.Type == t)));
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.Equal(items.Count, items.Select(i => i.Activity).Distinct().Count());
        Assert.Equal([Realistic, Investigative, Artistic, Social, Enterprising, Conventional], items.Take(6).Select(i => i.Type));
    }

    [Fact]
    public void A_known_answer_set_gives_its_scores_and_code()
    {
        var profile = ProfileOf(Uniform(Liking.DislikeALot, (Investigative, Liking.LikeALot), (Social, Liking.Like), (Artistic, Liking.NotSure)));

        Assert.Equal("ISA", profile.Code.ToString());
        Assert.Equal([8, 40, 24, 32, 8, 8], profile.Scores.Select(s => s.Points));
        Assert.Equal([0m, 100m, 50m, 75m, 0m, 0m], profile.Scores.Select(s => s.Strength));
        Assert.False(profile.ReliesOnTieBreak);
    }

    [Fact]
    public void Mixed_answers_within_each_type_add_up()
    {
        var profile = ProfileOf(PerItem(new()
        {
            [Realistic] = [5, 4, 4, 3, 3, 2, 2, 1],
            [Investigative] = [5, 5, 5, 4, 4, 4, 3, 3],
            [Artistic] = [2, 2, 2, 2, 1, 1, 1, 1],
            [Social] = [4, 4, 4, 4, 4, 4, 4, 4],
            [Enterprising] = [5, 5, 5, 5, 1, 1, 1, 1],
            [Conventional] = [3, 3, 3, 3, 3, 3, 3, 3],
        }));

        Assert.Equal([24, 33, 12, 32, 24, 24], profile.Scores.Select(s => s.Points));
        // R, E and C tie on 24: Enterprising has four "like a lot" answers, Realistic one, Conventional none.
        Assert.Equal("ISE", profile.Code.ToString());
        Assert.True(profile.ReliesOnTieBreak);
    }

    [Fact]
    public void Equal_points_go_to_the_type_with_more_like_a_lot_answers()
    {
        var answers = PerItem(new()
        {
            [Realistic] = [1, 1, 1, 1, 1, 1, 1, 1],
            [Investigative] = [5, 5, 5, 5, 5, 5, 5, 5],
            [Artistic] = [1, 1, 1, 1, 1, 1, 1, 1],
            [Social] = [4, 4, 4, 4, 4, 4, 4, 4],
            [Enterprising] = [5, 5, 5, 5, 3, 3, 3, 3],
            [Conventional] = [1, 1, 1, 1, 1, 1, 1, 1],
        });

        var profile = ProfileOf(answers);

        Assert.Equal(profile.ScoreOf(Social).Points, profile.ScoreOf(Enterprising).Points);
        Assert.Equal("IES", profile.Code.ToString());
    }

    [Fact]
    public void A_complete_tie_follows_the_RIASEC_order()
    {
        var profile = ProfileOf(Uniform(Liking.NotSure));

        Assert.Equal("RIA", profile.Code.ToString());
        Assert.True(profile.ReliesOnTieBreak);
    }

    [Fact]
    public void An_incomplete_inventory_names_the_missing_activities()
    {
        var answers = Uniform(Liking.Like).Where(a => a.ItemId is not ("R3" or "C8")).ToList();

        var result = Inventory.Score(answers);

        Assert.False(result.IsValid);
        Assert.Equal("2 of 48 activities still need an answer: R3, C8.", result.Problems[0].Message);
        Assert.Equal(["R3", "C8"], result.Problems.Skip(1).Select(p => p.Path));
        Assert.Equal("No answer yet for “Wire a small circuit with a battery, a switch and a light”.", result.Problems[1].Message);
    }

    [Fact]
    public void One_missing_activity_is_named_with_its_words()
    {
        var result = Inventory.Score(Uniform(Liking.Like).Where(a => a.ItemId != "S1"));

        Assert.Equal("One activity still needs an answer: S1, “Help a younger student with their homework”.", result.Problems[0].Message);
    }

    [Fact]
    public void Answers_to_unknown_activities_twice_given_or_off_the_scale_are_refused_with_sentences()
    {
        var answers = Uniform(Liking.Like).Where(a => a.ItemId != "E2").ToList();
        answers.AddRange([new("Z9", Liking.Like), new("A1", Liking.Dislike), new("E2", (Liking)7)]);

        var result = Inventory.Score(answers);

        Assert.Equal(
            ["Activity A1 has 2 answers; keep only one.", "Answers run from 1 (dislike a lot) to 5 (like a lot); activity E2 has 7.",
             "There is no activity Z9 in this inventory."],
            result.Problems.Select(p => p.Message));
    }
}
