using LtiPathways.PathwayGraphQL.Pathways.Careers;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways.Careers;

/// <summary>Builds answer sets for the standard inventory: a liking per type, or a list of likings per type in item order.</summary>
public static class CareerAnswers
{
    public static InterestInventory Inventory => InterestInventory.Standard;

    public static List<InterestAnswer> Uniform(Liking others, params (RiasecType Type, Liking Liking)[] byType) =>
        [.. Inventory.Items.Select(i => new InterestAnswer(i.Id,
            byType.Where(t => t.Type == i.Type).Select(t => t.Liking).DefaultIfEmpty(others).First()))];

    public static List<InterestAnswer> PerItem(Dictionary<RiasecType, int[]> likings) =>
        [.. Inventory.Items.Select(i => new InterestAnswer(i.Id, (Liking)likings[i.Type][int.Parse(i.Id[1..], System.Globalization.CultureInfo.InvariantCulture) - 1]))];

    public static InterestProfile ProfileOf(IEnumerable<InterestAnswer> answers)
    {
        var result = Inventory.Score(answers);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        return result.Value!;
    }
}
