using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>
/// One change a form asks for: which section's form sent it, what it typed, what could not be read, and how the plan
/// changes. <see cref="ItemId"/> (an entry of a list) or <see cref="ItemPath"/> (the career-related study, the career)
/// finds the changed item, so the core's problems with it reach the fields of this form.
/// </summary>
public sealed record PlanEdit(
    string Section, IReadOnlyDictionary<string, string> Input, IReadOnlyList<FormError> Errors,
    Func<PlanDocument, PlanDocument> Apply, Guid? ItemId = null, string? ItemPath = null)
{
    public static PlanEdit From(PlanFormFields fields, Func<PlanDocument, PlanDocument> apply, Guid? itemId = null, string? itemPath = null) =>
        new(fields.Section, fields.Input, fields.Errors, apply, itemId, itemPath);

    /// <summary>A change that typed nothing: removing an entry (its section opens its confirmation again after a conflict).</summary>
    public static PlanEdit Without(string section, Func<PlanDocument, PlanDocument> apply, Guid? itemId = null) =>
        new(section, new Dictionary<string, string>(), [], apply, itemId);

    /// <summary>Where the core reports problems with the changed item in <paramref name="plan"/>: "hours[3]", "careerRelatedStudy".</summary>
    public string? PathIn(PlanDocument plan) => ItemId is { } id ? PlanItems.PathOf(plan, id) : ItemPath;
}
