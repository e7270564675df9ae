using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>
/// The inventory form: the answers to show checked (saved ones, or what was just sent when it was refused), the items
/// still missing when the student asked for results, and a notice or a problem sentence.
/// </summary>
public sealed record InterestsView(
    string SessionToken, IReadOnlyList<InterestAnswer> Answers, IReadOnlyList<FormError> Errors, string? Notice, string? Problem)
{
    public Liking? AnswerTo(string itemId) =>
        Answers.LastOrDefault(a => string.Equals(a.ItemId, itemId, StringComparison.OrdinalIgnoreCase))?.Liking;

    public static InterestsView Of(string sessionToken, CareerExplorationState state) => new(sessionToken, state.Answers, [], null, null);
}
