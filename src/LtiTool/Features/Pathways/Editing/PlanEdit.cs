using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

using LtiPathways.LtiTool.Features.Pathways;
using LtiPathways.LtiTool.Features.Pathways.Start;
using LtiPathways.LtiTool.Features.Pathways.Plan;
using LtiPathways.LtiTool.Features.Pathways.Review;
using LtiPathways.LtiTool.Features.Pathways.Caseloads;
using LtiPathways.LtiTool.Features.Pathways.Mentees;
namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>
/// One change a form asks for: which section's form sent it, what it typed, what could not be read, and how the plan
/// changes. <see cref="List"/> and <see cref="ItemId"/> find the changed item, so the core's problems with it reach the form.
/// </summary>
public sealed record PlanEdit(
    string Section, IReadOnlyDictionary<string, string> Input, IReadOnlyList<FormError> Errors,
    Func<PlanDocument, PlanDocument> Apply, string? List = null, Guid? ItemId = null)
{
    public static PlanEdit From(PlanFormFields fields, Func<PlanDocument, PlanDocument> apply, string? list = null, Guid? itemId = null) =>
        new(fields.Section, fields.Input, fields.Errors, apply, list, itemId);
}
