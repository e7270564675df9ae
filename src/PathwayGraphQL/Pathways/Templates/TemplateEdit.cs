using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>
/// Decides how an edited template is saved without orphaning plan data. Plans keep the version they were started on,
/// so an edit that changes requirements becomes a new version; one that would make plans' tags mean something else is refused.
/// </summary>
public static class TemplateEdit
{
    public static TemplateEditDecision Check(PlanTemplate current, PlanTemplate edited, IReadOnlyCollection<PlanDocument> plansOnCurrent)
    {
        if (PlanTemplateRules.Check(edited).FirstOrDefault() is { } problem)
        {
            return Refused(current, problem.Message);
        }
        if (!string.Equals(edited.Key, current.Key, StringComparison.Ordinal))
        {
            return Refused(current, $"A template keeps its key \"{current.Key}\": plans find their template by it. Start a new template instead.");
        }
        if (edited.Programme != current.Programme)
        {
            return Refused(current, "A template keeps its programme; start a new template for another programme.");
        }
        var tagged = plansOnCurrent.SelectMany(TaggedKeys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reread = current.Requirements.FirstOrDefault(old =>
            edited.Find(old.Key) is { } now && now.Kind != old.Kind && tagged.Any(old.Answers));
        if (reread is not null)
        {
            return Refused(current,
                $"{reread.Name} is already tagged in plans, so it keeps checking what it checks now; add a new requirement for the other check.");
        }
        if (plansOnCurrent.Count == 0)
        {
            return new(TemplateEditOutcome.InPlace, current.Version, $"No plan uses version {current.Version} yet, so the change applies to it.");
        }
        if (Unnamed(current) == Unnamed(edited) with { Version = current.Version })
        {
            return new(TemplateEditOutcome.InPlace, current.Version, $"Only names changed; the plans on version {current.Version} show the new names.");
        }
        var next = current.Version + 1;
        var orphaned = current.Requirements.Where(old => edited.Find(old.Key) is null && tagged.Any(old.Answers)).Select(r => r.Name).ToList();
        var kept = orphaned.Count == 0 ? "" : $", where {(plansOnCurrent.Count == 1 ? "its" : "their")} evidence and waivers for {string.Join(" and ", orphaned)} still count";
        return new(TemplateEditOutcome.NewVersion, next,
            $"{Plans(plansOnCurrent.Count)} on version {current.Version}{kept}; new plans start on version {next}.");
    }

    private static TemplateEditDecision Refused(PlanTemplate current, string sentence) => new(TemplateEditOutcome.Refused, current.Version, sentence);

    private static string Plans(int count) => count == 1 ? "The 1 plan stays" : $"The {count} plans stay";

    private static IEnumerable<string> TaggedKeys(PlanDocument plan) =>
        plan.Evidence.SelectMany(e => e.RequirementKeys)
            .Concat(plan.Reflections.SelectMany(r => r.RequirementKeys))
            .Concat(plan.Waivers.Select(w => w.RequirementKey));

    private static PlanTemplate Unnamed(PlanTemplate template) => template with
    {
        Name = "",
        Requirements = [.. template.Requirements.Select(r => r with { Name = "", FormerNames = [] })],
    };
}
