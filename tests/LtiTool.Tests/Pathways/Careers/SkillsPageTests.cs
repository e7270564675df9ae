using System.Net;
using LtiPathways.PathwayGraphQL.Pathways.Careers;

namespace LtiPathways.LtiTool.Tests.Pathways.Careers;

/// <summary>The skills self-assessment: every level described, ratings kept as they come.</summary>
public sealed class SkillsPageTests : CareerTest
{
    [Fact]
    public async Task Each_skill_shows_its_four_level_descriptors_and_unrated_skills_are_named_while_the_rated_ones_are_kept()
    {
        var jordan = await SessionAsync();
        var skills = SkillsSelfAssessment.Standard.Skills;
        var (shown, form) = await GetAsync($"{Root}/skills", jordan);
        Assert.Equal(HttpStatusCode.OK, shown);
        Assert.Contains(skills[0].Describe(SkillLevel.Confident), form, StringComparison.Ordinal);

        var (partial, page) = await PostAsync($"{Root}/skills", jordan, [new(skills[0].Id, "3")]);
        Assert.Equal(HttpStatusCode.BadRequest, partial);
        Assert.Contains($"<a href=\"#{skills[1].Id}\">{skills[1].Name} still needs a rating.</a>", page, StringComparison.Ordinal);

        var (complete, done) = await PostAsync($"{Root}/skills", jordan, [.. skills.Skip(1).Select(s => KeyValuePair.Create(s.Id, "2"))]);
        Assert.Equal(HttpStatusCode.OK, complete);
        Assert.Contains("Your ratings are saved.", done, StringComparison.Ordinal);
    }
}
