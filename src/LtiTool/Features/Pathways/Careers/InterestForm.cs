using System.Globalization;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>Reads the inventory's radio groups (one field per activity, named by its id) and names the groups still missing.</summary>
public static class InterestForm
{
    public static List<InterestAnswer> Read(IFormCollection form) =>
        [.. InterestInventory.Standard.Items
            .Where(item => form[item.Id].Count > 0)
            .Select(item => new InterestAnswer(item.Id,
                int.TryParse(form[item.Id].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? (Liking)value : 0))];

    /// <summary>One error per unanswered activity, linking to its first choice; the counting sentence without a place is shown apart.</summary>
    public static IReadOnlyList<FormError> Missing(ValueList<Problem> problems) =>
        [.. problems.Where(p => p.Path is not null).Select(p => new FormError(p.Path!, p.Message))];
}
