using LtiPathways.LtiTool.Features.Submissions.Settings;
using LtiPathways.LtiTool.Features.Submissions.StudentWork;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.Accommodations;

/// <summary>What an accommodation grants, in words: to the student on their page, and to staff beside the student's name.</summary>
public static class AccommodationText
{
    public static IReadOnlyList<string> ForStudent(AssignmentAccess access, SubmissionWords words)
    {
        var sentences = new List<string>();
        if (access.HasExtendedDueDate)
        {
            sentences.Add(words["Granted.Until", words.Show(access.DueAt!.Value), words.Show(access.Assignment.DueAt!.Value)]);
        }

        var extra = access.AllowedTypes.Except(access.ClassTypes).ToList();
        if (extra.Count > 0)
        {
            sentences.Add(words["Granted.Types", words.Nouns(extra)]);
        }

        return sentences;
    }

    public static string ForStaff(SubmissionAccommodation accommodation, DateTime? classDueAt, IReadOnlyList<SubmissionType> classTypes)
    {
        var parts = new List<string>();
        if (accommodation.DueAt is { } own)
        {
            parts.Add(classDueAt is { } due && own > due
                ? $"until {DateField.Show(own)}"
                : $"until {DateField.Show(own)} (no effect: not after the class's due date)");
        }

        var extra = TypeChoices.Parse(accommodation.ExtraTypes).Except(classTypes).ToList();
        if (extra.Count > 0)
        {
            parts.Add("may also submit " + TypeChoices.Nouns(extra));
        }

        return parts.Count == 0 ? "nothing beyond the class's settings" : string.Join(" · ", parts);
    }
}
