using System.Text.Json;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// The stored form of an exploration: answers as {"R1": 5}, ratings as {"teamwork": 3}, held pathways as a list. Only the
/// services write it, after checking, so a row that does not read is a bug and throws.
/// </summary>
internal static class CareerExplorationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static CareerExplorationState Read(CareerExploration? row) => row is null ? CareerExplorationState.Empty : new(
        Deserialize<Dictionary<string, int>>(row.InterestAnswersJson).Select(a => new InterestAnswer(a.Key, (Liking)a.Value)).ToValueList(),
        Deserialize<Dictionary<string, int>>(row.SkillRatingsJson).Select(r => new SkillRating(r.Key, (SkillLevel)r.Value)).ToValueList(),
        Deserialize<List<CareerChoice>>(row.HeldPathwaysJson).ToValueList());

    public static void Write(CareerExploration row, CareerExplorationState state)
    {
        row.InterestAnswersJson = JsonSerializer.Serialize(state.Answers.ToDictionary(a => a.ItemId, a => (int)a.Liking), Options);
        row.SkillRatingsJson = JsonSerializer.Serialize(state.Ratings.ToDictionary(r => r.SkillId, r => (int)r.Level), Options);
        row.HeldPathwaysJson = JsonSerializer.Serialize(state.Held.ToList(), Options);
    }

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException("A stored career exploration no longer reads.");
}
