using System.Globalization;
using LtiPathways.PathwayGraphQL.Assessments;
using Microsoft.Extensions.Primitives;

namespace LtiPathways.LtiTool.Features.Assessments.Settings;

/// <summary>The settings form as posted, read field by field into the teacher's choices; a problem is the sentence the teacher reads.</summary>
public static class SettingsForm
{
    public static (MarkingChoices? Choices, string? Problem) Read(IFormCollection form, int currentReviewCount)
    {
        if (Switch(form["show-rubric"]) is not { } show || Switch(form["self"]) is not { } self
            || Switch(form["peer"]) is not { } peer || Switch(form["double"]) is not { } twice)
        {
            return (null, "Each switch is either on or off; reload the settings page and try again.");
        }
        var count = currentReviewCount;
        if (form["reviews"].ToString() is { Length: > 0 } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MarkingChoices.MostReviews)
            {
                return (null, $"Each student reviews between 1 and {MarkingChoices.MostReviews} classmates; “{text}” is not one of those.");
            }
        }
        else if (peer)
        {
            return (null, $"Say how many classmates each student reviews, from 1 to {MarkingChoices.MostReviews}.");
        }
        Guid? marker = null;
        if (form["second-marker"].ToString() is { Length: > 0 } markerText)
        {
            if (!Guid.TryParse(markerText, out var id))
            {
                return (null, "The second marker must be one of this course's teachers.");
            }
            marker = id;
        }
        return (new MarkingChoices(show, self, peer, count, twice, marker), null);
    }

    /// <summary>An unticked checkbox sends nothing; a ticked one sends "on" (or "true" from scripts).</summary>
    private static bool? Switch(StringValues value) => value.ToString() switch
    {
        "" => false,
        "on" or "true" => true,
        _ => null,
    };
}
