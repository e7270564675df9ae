using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>
/// A RIASEC-style interest inventory. Scoring: each type's points are the sum of its answers (1 to 5).
/// The code lists the three types with most points; on equal points the type with more "like a lot" answers
/// comes first, and if that is equal too, the type earlier in R, I, A, S, E, C order.
/// </summary>
public sealed class InterestInventory
{
    public InterestInventory(IEnumerable<InterestItem> items)
    {
        Items = items.ToValueList();
        if (Items.Select(i => i.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Items.Count
            || Enum.GetValues<RiasecType>().Any(t => Items.All(i => i.Type != t)))
        {
            throw new ArgumentException("An inventory needs unique item ids and at least one item per type.", nameof(items));
        }
    }

    /// <summary>Our 48 activities, eight per type.</summary>
    public static InterestInventory Standard { get; } = new(StandardInterestItems.All);

    public ValueList<InterestItem> Items { get; }

    public Validated<InterestProfile> Score(IEnumerable<InterestAnswer> answers)
    {
        var byItem = Items.ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        var given = new Dictionary<string, Liking>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<Problem>();
        foreach (var group in answers.GroupBy(a => a.ItemId, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!byItem.ContainsKey(group.Key))
            {
                problems.Add(new($"There is no activity {group.Key} in this inventory.", group.Key));
            }
            else if (group.Skip(1).Any())
            {
                problems.Add(new($"Activity {group.Key} has {group.Count()} answers; keep only one.", group.Key));
            }
            else if (!Enum.IsDefined(group.Single().Liking))
            {
                problems.Add(new($"Answers run from 1 (dislike a lot) to 5 (like a lot); activity {group.Key} has {(int)group.Single().Liking}.", group.Key));
            }
            else
            {
                given[group.Key] = group.Single().Liking;
            }
        }
        var missing = Items.Where(i => !given.ContainsKey(i.Id) && problems.All(p => !string.Equals(p.Path, i.Id, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new(missing.Count == 1
                ? $"One activity still needs an answer: {missing[0].Id}, “{missing[0].Activity}”."
                : $"{missing.Count} of {Items.Count} activities still need an answer: {string.Join(", ", missing.Select(i => i.Id))}."));
            problems.AddRange(missing.Select(i => new Problem($"No answer yet for “{i.Activity}”.", i.Id)));
        }
        return problems.Count > 0 ? Validated<InterestProfile>.Invalid(problems) : Validated<InterestProfile>.Valid(ProfileOf(given));
    }

    private InterestProfile ProfileOf(Dictionary<string, Liking> given)
    {
        var scores = Enum.GetValues<RiasecType>().Select(type =>
        {
            var likings = Items.Where(i => i.Type == type).Select(i => (int)given[i.Id]).ToList();
            var points = likings.Sum();
            return new InterestScore(type, points, (points - likings.Count) * 100m / (4 * likings.Count),
                likings.Count(l => l == (int)Liking.LikeALot));
        }).ToValueList();
        var ranked = scores.OrderByDescending(s => s.Points).ThenByDescending(s => s.LikedALot).ThenBy(s => s.Type).ToList();
        var tie = Enumerable.Range(0, 3).Any(i => ranked[i].Points == ranked[i + 1].Points);
        return new InterestProfile(scores, InterestCode.Of([.. ranked.Take(3).Select(s => s.Type)]), tie);
    }
}
