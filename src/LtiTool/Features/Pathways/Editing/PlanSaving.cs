using System.Globalization;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.PathwayGraphQL.Pathways.Validation;

using LtiPathways.LtiTool.Features.Pathways;
using LtiPathways.LtiTool.Features.Pathways.Start;
using LtiPathways.LtiTool.Features.Pathways.Plan;
using LtiPathways.LtiTool.Features.Pathways.Review;
using LtiPathways.LtiTool.Features.Pathways.Caseloads;
using LtiPathways.LtiTool.Features.Pathways.Mentees;
namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>
/// A student's change saved as the plan's next version against the version their page showed. A refusal comes back
/// beside the field with what they typed; a conflict shows both versions and keeps their input for the next try.
/// </summary>
public sealed class PlanSaving(PlanQueries queries, PlanCommands commands, PlanPages pages, TimeProvider clock)
{
    public const string BaseVersionField = "base_version";

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

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
            return Refused(page, edit.Section, "This form did not say which version of the plan it changes; your entry is kept, save it again.");
        }
        if (edit.Errors.Count > 0)
        {
            return PlanPages.Render(page with { Errors = edit.Errors }, StatusCodes.Status400BadRequest);
        }
        var document = edit.Apply(plan.Plan.Document);
        if (FieldProblems(edit, document, plan.Template) is { Count: > 0 } problems)
        {
            return PlanPages.Render(page with { Errors = problems }, StatusCodes.Status400BadRequest);
        }
        var saved = await commands.SaveAsync(session.Viewer, planId, baseVersion, document, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved.Refusal.Code == RefusalCode.Invalid ? Refused(page, edit.Section, saved.Refusal.Sentence) : saved.Refusal.AsPage();
        }
        return saved.Value switch
        {
            PlanSaveResult.Conflict conflict => PlanPages.Render(page with { Conflict = conflict }, StatusCodes.Status409Conflict),
            _ => await pages.RedirectAsync(session, planId, edit.Section, cancellationToken),
        };
    }

    private static IResult Refused(PlanPageView page, string section, string sentence) =>
        PlanPages.Render(page with { Errors = [new FormError(section, sentence)] }, StatusCodes.Status400BadRequest);

    /// <summary>The core validator's problems with the changed item, each placed beside its field ("hours[3].date" → "hours-date").</summary>
    private List<FormError> FieldProblems(PlanEdit edit, PlanDocument document, PlanTemplate template)
    {
        if (edit.List is null || IndexOf(document, edit.List, edit.ItemId) is not { } index)
        {
            return [];
        }
        var item = $"{edit.List}[{index}]";
        return PlanValidator.Check(document, Today, template)
            .Where(p => p.Path is { } path && (path == item || path.StartsWith(item + ".", StringComparison.Ordinal)))
            .Select(p => new FormError(p.Path == item ? edit.Section : PlanFormFields.Id(edit.Section, p.Path![(item.Length + 1)..]), p.Message))
            .ToList();
    }

    private static int? IndexOf(PlanDocument document, string list, Guid? id)
    {
        IEnumerable<Guid> ids = list switch
        {
            "hours" => document.Hours.Select(x => x.Id),
            "goals" => document.Goals.Select(x => x.Id),
            "milestones" => document.Milestones.Select(x => x.Id),
            "reflections" => document.Reflections.Select(x => x.Id),
            "courses" => document.Courses.Select(x => x.Id),
            "certifications" => document.Certifications.Select(x => x.Id),
            "evidence" => document.Evidence.Select(x => x.Id),
            "projectArtefacts" => document.ProjectArtefacts.Select(x => x.Id),
            _ => [],
        };
        var index = ids.ToList().IndexOf(id ?? Guid.Empty);
        return index < 0 ? null : index;
    }
}
