using System.Globalization;
using LtiPathways.LtiTool.Features.Pathways.Plan;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>
/// A student's change saved as the plan's next version against the version their page showed. The core validates; its
/// refusal comes back beside each field with what they typed; a conflict shows both versions and keeps their input.
/// </summary>
public sealed class PlanSaving(PlanQueries queries, PlanCommands commands, PlanPages pages)
{
    public const string BaseVersionField = "base_version";

    public async Task<IResult> SaveAsync(ToolSession session, Guid planId, IFormCollection form, PlanEdit edit, CancellationToken cancellationToken)
    {
        var opened = await queries.OpenAsync(session.Viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal.AsPage();
        }
        var plan = opened.Value;
        var page = (await pages.ViewAsync(session, plan, cancellationToken)) with { Section = edit.Section, Input = edit.Input };
        if (!int.TryParse(form[BaseVersionField], NumberStyles.None, CultureInfo.InvariantCulture, out var baseVersion))
        {
            return Refused(page, [new(edit.Section, "This form did not say which version of the plan it changes; your entry is kept, save it again.")]);
        }
        if (edit.Errors.Count > 0)
        {
            return Refused(page, edit.Errors);
        }
        var current = plan.Plan.Document;
        var document = edit.Apply(current);
        if (edit.ItemId is { } id && PlanItems.PathOf(current, id) is null && PlanItems.PathOf(document, id) is null)
        {
            return PlanPages.Render(page with { Errors = [new(edit.Section, Gone)] }, StatusCodes.Status409Conflict);
        }
        if (document == current)
        {
            return await pages.RedirectAsync(session, planId, "unchanged", cancellationToken);
        }
        var saved = await commands.SaveAsync(session.Viewer, planId, baseVersion, document, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved.Refusal.Code == RefusalCode.Invalid ? Refused(page, Beside(edit, document, saved.Refusal)) : saved.Refusal.AsPage();
        }
        return saved.Value switch
        {
            PlanSaveResult.Conflict conflict => PlanPages.Render(page with { Conflict = conflict }, StatusCodes.Status409Conflict),
            _ => await pages.RedirectAsync(session, planId, edit.Section, cancellationToken),
        };
    }

    private const string Gone = "This entry is no longer in the plan: it was removed in a later version. Reload the plan to see it as it stands.";

    private static IResult Refused(PlanPageView page, IReadOnlyList<FormError> errors) =>
        PlanPages.Render(page with { Errors = errors }, StatusCodes.Status400BadRequest);

    /// <summary>
    /// The core's problems placed beside the fields of the form that sent the change ("hours[3].date" → "hours-…-date");
    /// a problem elsewhere in the plan goes to the top of the form.
    /// </summary>
    private static List<FormError> Beside(PlanEdit edit, PlanDocument document, Refusal refusal)
    {
        ValueList<Problem> problems = refusal.Problems.Count > 0 ? refusal.Problems : [new Problem(refusal.Sentence)];
        var item = edit.PathIn(document);
        return problems.Select(p => new FormError(FieldOf(p.Path, item, edit.Section), p.Message)).ToList();
    }

    private static string FieldOf(string? path, string? item, string section) =>
        item is not null && path is not null && path.StartsWith(item + ".", StringComparison.Ordinal)
            ? PlanFormFields.Id(section, path[(item.Length + 1)..])
            : section;
}
