using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace LtiPathways.LtiTool.Features.Assessments.Settings;

/// <summary>The settings form as posted, checked field by field; a problem is the sentence the teacher reads.</summary>
public record SettingsForm(bool ShowRubric, bool SelfAssessment, bool PeerAssessment, int PeerReviewCount, bool DoubleMarking, Guid? SecondMarker)
{
    public const int MostReviews = 5;

    public static (SettingsForm? Form, string? Problem) Read(IFormCollection form, IReadOnlyList<MarkerOption> teachers, int currentReviewCount)
    {
        if (Switch(form["show-rubric"]) is not { } show || Switch(form["self"]) is not { } self
            || Switch(form["peer"]) is not { } peer || Switch(form["double"]) is not { } twice)
        {
            return (null, "Each switch is either on or off; reload the settings page and try again.");
        }
        var count = currentReviewCount;
        if (form["reviews"].ToString() is { Length: > 0 } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MostReviews)
            {
                return (null, $"Each student reviews between 1 and {MostReviews} classmates; “{text}” is not one of those.");
            }
        }
        else if (peer)
        {
            return (null, $"Say how many classmates each student reviews, from 1 to {MostReviews}.");
        }
        Guid? marker = null;
        if (form["second-marker"].ToString() is { Length: > 0 } markerText)
        {
            if (!Guid.TryParse(markerText, out var id) || teachers.All(t => t.UserId != id))
            {
                return (null, "The second marker must be one of this course's teachers.");
            }
            marker = id;
        }
        return (new SettingsForm(show, self, peer, count, twice, twice ? marker : null), null);
    }

    /// <summary>An unticked checkbox sends nothing; a ticked one sends "on" (or "true" from scripts).</summary>
    private static bool? Switch(StringValues value) => value.ToString() switch
    {
        "" => false,
        "on" or "true" => true,
        _ => null,
    };
}
