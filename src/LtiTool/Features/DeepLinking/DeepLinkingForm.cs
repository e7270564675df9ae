using System.Globalization;
using LtiPathways.LtiTool.Lti.DeepLinking;

namespace LtiPathways.LtiTool.Features.DeepLinking;

/// <summary>The picker's fields as the teacher entered them (kept as text so a refused form shows what was typed).</summary>
public record DeepLinkingForm(
    string RequestId,
    IReadOnlyList<string> Choices,
    string Title,
    string Instructions,
    IReadOnlyList<string> SubmissionTypes,
    string Rubric,
    string Points,
    string DueAt,
    string PlannerTitle,
    string DashboardTitle)
{
    public const int MaxTitleLength = 200;
    public const int MaxInstructionsLength = 5000;

    public static DeepLinkingForm Blank(string requestId, DeepLinkingSettings settings) => new(
        requestId, [], settings.Title ?? "", settings.Text ?? "", ["essay"], PickerChoices.NoRubric, "", "",
        PickerChoices.DefaultPlannerTitle, PickerChoices.DefaultDashboardTitle);

    public static DeepLinkingForm Read(IFormCollection form)
    {
        string One(string name) => form[name].ToString().Trim();
        List<string> Many(string name) => form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();
        return new DeepLinkingForm(
            One("request"), Many("choice"), One("title"), One("instructions"), Many("submission_types"),
            One("rubric"), One("points"), One("due_at"), One("planner_title"), One("dashboard_title"));
    }

    public bool Wants(string choice) => Choices.Contains(choice, StringComparer.Ordinal);

    public decimal? PointsValue =>
        decimal.TryParse(Points, NumberStyles.Number, CultureInfo.InvariantCulture, out var points) ? points : null;

    /// <summary>datetime-local has no zone; the picker labels it UTC.</summary>
    public DateTimeOffset? DueAtValue =>
        DateTimeOffset.TryParse(DueAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var due)
            ? due
            : null;

    public IReadOnlyList<FormError> Validate(DeepLinkingSettings settings)
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

        if (SubmissionTypes.Count == 0)
        {
            errors.Add(new("submission-essay", "Choose at least one way students may submit their work."));
        }
        else if (SubmissionTypes.Any(t => PickerChoices.SubmissionTypes.All(s => s.Value != t)))
        {
            errors.Add(new("submission-essay", "Choose submission types from the list."));
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

        if (DueAt.Length > 0 && DueAtValue is null)
        {
            errors.Add(new("due_at", "Enter the due date as a date and time, or leave it empty."));
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
