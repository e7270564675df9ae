using System.Globalization;
using LtiPathways.LtiTool.Features.Submissions.Settings;
using LtiPathways.LtiTool.Lti.DeepLinking;
using LtiPathways.LtiTool.Shared;

namespace LtiPathways.LtiTool.Features.DeepLinking;

/// <summary>The picker's fields as the teacher entered them (kept as text so a refused form shows what was typed).</summary>
public record DeepLinkingForm(
    string RequestId,
    IReadOnlyList<string> Choices,
    string Title,
    string Instructions,
    string Rubric,
    string Points,
    SubmissionSettingsForm Submission,
    string PlannerTitle,
    string DashboardTitle)
{
    public const int MaxTitleLength = 200;
    public const int MaxInstructionsLength = 5000;

    public static DeepLinkingForm Blank(string requestId, DeepLinkingSettings settings) => new(
        requestId, [], settings.Title ?? "", settings.Text ?? "", PickerChoices.NoRubric, "", SubmissionSettingsForm.Blank,
        PickerChoices.DefaultPlannerTitle, PickerChoices.DefaultDashboardTitle);

    public static DeepLinkingForm Read(IFormCollection form)
    {
        string One(string name) => form[name].ToString().Trim();
        List<string> Many(string name) => form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();
        return new DeepLinkingForm(
            One("request"), Many("choice"), One("title"), One("instructions"), One("rubric"), One("points"),
            SubmissionSettingsForm.Read(form), One("planner_title"), One("dashboard_title"));
    }

    public bool Wants(string choice) => Choices.Contains(choice, StringComparer.Ordinal);

    public decimal? PointsValue =>
        decimal.TryParse(Points, NumberStyles.Number, CultureInfo.InvariantCulture, out var points) ? points : null;

    /// <param name="toolMaxBytes">The tool-wide upload limit, which an assignment's own file limit may not exceed.</param>
    public IReadOnlyList<FormError> Validate(DeepLinkingSettings settings, long toolMaxBytes)
    {
        var errors = new List<FormError>();
        if (Choices.Count == 0)
        {
            errors.Add(new("choice-" + PickerChoices.Assessed, "Choose what to add to your course."));
        }
        else if (Choices.Any(c => PickerChoices.Kinds.All(k => k.Value != c)))
        {
            errors.Add(new("choice-" + PickerChoices.Assessed, "Choose one of the kinds of content listed."));
        }
        else if (Choices.Count > 1 && !settings.AcceptMultiple)
        {
            // Deep Linking 2.0 section 4.4.1: accept_multiple false means exactly one item may come back.
            errors.Add(new("choice-" + PickerChoices.Assessed, "Your LMS accepts one item at a time here; choose only one."));
        }

        if (Wants(PickerChoices.Assessed))
        {
            ValidateAssessed(errors);
            errors.AddRange(Submission.Validate(toolMaxBytes));
        }

        if (Wants(PickerChoices.Planner))
        {
            RequireTitle(errors, "planner_title", PlannerTitle, "Enter a title for the pathway planner link.");
        }

        if (Wants(PickerChoices.Dashboard))
        {
            RequireTitle(errors, "dashboard_title", DashboardTitle, "Enter a title for the coordinator dashboard link.");
        }

        return errors;
    }

    private void ValidateAssessed(List<FormError> errors)
    {
        RequireTitle(errors, "title", Title, "Enter a title for the assessed assignment.");
        if (Instructions.Length > MaxInstructionsLength)
        {
            errors.Add(new("instructions", $"Keep the instructions under {MaxInstructionsLength} characters."));
        }

        if (!PickerChoices.RubricTemplates.Contains(Rubric, StringComparer.Ordinal))
        {
            errors.Add(new("rubric", "Choose a rubric from the list, or None."));
        }

        if (Points.Length == 0 || PointsValue is not { } points)
        {
            errors.Add(new("points", "Enter the points the assignment is worth as a number, such as 20."));
        }
        else if (points <= 0)
        {
            errors.Add(new("points", "Points must be more than 0, so your LMS can create a gradebook column."));
        }
        else if (points > PickerChoices.MaxPoints)
        {
            errors.Add(new("points", $"Points must be {PickerChoices.MaxPoints} or fewer."));
        }
    }

    private static void RequireTitle(List<FormError> errors, string field, string value, string sentence)
    {
        if (value.Length == 0)
        {
            errors.Add(new(field, sentence));
        }
        else if (value.Length > MaxTitleLength)
        {
            errors.Add(new(field, $"Keep the title under {MaxTitleLength} characters."));
        }
    }
}
