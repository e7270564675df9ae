using LtiPathways.PathwayGraphQL.Pathways.Careers;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways.Careers;

public class SkillsSelfAssessmentTests
{
    private static readonly SkillsSelfAssessment Assessment = SkillsSelfAssessment.Standard;

    private static List<SkillRating> AllAt(SkillLevel level) => [.. Assessment.Skills.Select(s => new SkillRating(s.Id, level))];

    [Fact]
    public void The_standard_list_covers_the_core_employability_skills_with_a_descriptor_per_level()
    {
        Assert.InRange(Assessment.Skills.Count, 6, 10);
        Assert.Subset(Assessment.Skills.Select(s => s.Id).ToHashSet(), new HashSet<string> { "communication", "teamwork", "problem-solving", "digital" });
        Assert.All(Assessment.Skills, s =>
        {
            Assert.Equal(4, s.LevelDescriptors.Count);
            Assert.Equal(4, s.LevelDescriptors.Distinct().Count());
            Assert.NotEmpty(s.SupportsInterests);
        });
        Assert.All(Enum.GetValues<RiasecType>(), t => Assert.Contains(Assessment.Skills, s => s.SupportsInterests.Contains(t)));
    }

    [Fact]
    public void Each_level_has_its_own_descriptor()
    {
        var teamwork = Assessment.Skills.Single(s => s.Id == "teamwork");

        Assert.Equal("I do my part in a group when someone tells me what it is.", teamwork.Describe(SkillLevel.Developing));
        Assert.Equal("I help a group agree, bring quieter members in and sort out disagreements.", teamwork.Describe(SkillLevel.Confident));
    }

    [Fact]
    public void A_complete_rating_gives_each_skills_level()
    {
        var ratings = AllAt(SkillLevel.Developing);
        ratings[0] = ratings[0] with { Level = SkillLevel.Confident };

        var result = Assessment.Rate(ratings);

        Assert.True(result.IsValid);
        Assert.Equal(SkillLevel.Confident, result.Value!.LevelOf("communication"));
        Assert.Equal(SkillLevel.Developing, result.Value.LevelOf("teamwork"));
    }

    [Fact]
    public void Missing_unknown_twice_rated_and_off_scale_ratings_are_refused_with_sentences()
    {
        var ratings = AllAt(SkillLevel.Capable).Where(r => r.SkillId != "creativity").ToList();
        ratings.AddRange([new("juggling", SkillLevel.Capable), new("digital", SkillLevel.Starting), new("leadership", (SkillLevel)5)]);
        ratings.RemoveAll(r => r.SkillId == "leadership" && r.Level == SkillLevel.Capable);

        var result = Assessment.Rate(ratings);

        Assert.Equal(
            ["There is no skill “juggling” in this self-assessment.", "Ratings run from 1 (starting) to 4 (confident); leadership has 5.",
             "Digital skills is rated 2 times; keep only one.", "Creativity still needs a rating."],
            result.Problems.Select(p => p.Message));
    }
}
