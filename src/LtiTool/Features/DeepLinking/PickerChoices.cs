




namespace LtiPathways.LtiTool.Features.DeepLinking;

/// <summary>What the picker offers: the three kinds of content and rubric templates (submission types: TypeChoices).</summary>
public static class PickerChoices
{
    public const string Assessed = "assessed";
    public const string Planner = "planner";
    public const string Dashboard = "dashboard";
    public const string NoRubric = "None";
    public const decimal MaxPoints = 1000m;

    public static readonly IReadOnlyList<(string Value, string Label)> Kinds =
    [
        (Assessed, "An assessed assignment"),
        (Planner, "A pathway planner link"),
        (Dashboard, "A coordinator dashboard link"),
    ];

    public static readonly IReadOnlyList<string> RubricTemplates =
        ["IB CP Reflective Project", "CTE employability skills", "Single-point essay", NoRubric];

    public const string DefaultPlannerTitle = "My career pathway";
    public const string DefaultDashboardTitle = "Coordinator dashboard";
}
