using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Where a student's career exploration stands: the inventory answers so far, their skills self-rating and the pathways
/// they hold side by side. Results are worked out from the answers each time, so they always match them.
/// </summary>
public sealed record CareerExplorationState(ValueList<InterestAnswer> Answers, ValueList<SkillRating> Ratings, ValueList<CareerChoice> Held)
{
    public static CareerExplorationState Empty { get; } = new([], [], []);

    public Validated<InterestProfile> Interests => InterestInventory.Standard.Score(Answers);

    /// <summary>The complete self-assessment, or null until every skill is rated.</summary>
    public SkillsProfile? Skills => Ratings.Count == 0 ? null : SkillsSelfAssessment.Standard.Rate(Ratings).Value;

    /// <summary>Every cluster and pathway ranked for the student, once the inventory is finished.</summary>
    public CareerSuggestions? Suggestions =>
        Interests.Value is { } profile ? CareerSuggester.Suggest(CareerCatalogue.Shipped, profile, Skills) : null;

    public Liking? AnswerTo(string itemId) =>
        Answers.FirstOrDefault(a => string.Equals(a.ItemId, itemId, StringComparison.OrdinalIgnoreCase))?.Liking;

    public SkillLevel? RatingOf(string skillId) =>
        Ratings.FirstOrDefault(r => string.Equals(r.SkillId, skillId, StringComparison.OrdinalIgnoreCase))?.Level;

    public bool Holds(string cluster, string pathway) => Held.Any(h => Same(h, cluster, pathway));

    internal static bool Same(CareerChoice choice, string cluster, string pathway) =>
        string.Equals(choice.Cluster, cluster, StringComparison.OrdinalIgnoreCase) && string.Equals(choice.Pathway, pathway, StringComparison.OrdinalIgnoreCase);
}
