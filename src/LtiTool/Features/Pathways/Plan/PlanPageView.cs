using LtiPathways.LtiTool.Features.Pathways.Editing;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Pathways.Plan;

/// <summary>
/// The plan page as one viewer sees it. After a refused or conflicting save, <see cref="Section"/> names the form that
/// sent it and <see cref="Input"/> holds what was typed, shown again so nothing is lost.
/// </summary>
public sealed record PlanPageView(PlanView Plan, string SessionToken, ValueList<EvidenceChoice> EvidenceChoices, DateOnly Today)
{
    public IReadOnlyList<FormError> Errors { get; init; } = [];
    public string? Section { get; init; }
    public IReadOnlyDictionary<string, string> Input { get; init; } = new Dictionary<string, string>();
    public PlanSaveResult.Conflict? Conflict { get; init; }
    public string? Notice { get; init; }

    /// <summary>The players of the reflections' recordings, by original file id, with links signed for this viewer.</summary>
    public IReadOnlyDictionary<Guid, SubmittedFileView> Recordings { get; init; } = new Dictionary<Guid, SubmittedFileView>();

    public Guid PlanId => Plan.Plan.PlanId;

    /// <summary>Today as a date field's value: what a new entry's date starts as.</summary>
    public string TodayValue => DateValue(Today)!;

    /// <summary>A date field's value for a stored date.</summary>
    public static string? DateValue(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What the next save builds on: after a conflict, the version that won, so saving again adds the kept input to it.</summary>
    public int BaseVersion => Plan.Plan.VersionNumber;

    public bool IsOwner => Plan.Capacity == PlanCapacity.Owner;

    public bool IsStaff => Plan.Capacity is PlanCapacity.Advisor or PlanCapacity.Coordinator;

    public string Value(string section, string property) =>
        Section == section && Input.TryGetValue(PlanFormFields.Id(section, property), out var value) ? value : "";

    public bool Chosen(string section, string property, string option) =>
        Value(section, property).Split(',').Contains(option);

    public string Action(string operation) => $"{PathwayPaths.Plan(PlanId)}/{operation}";
}
