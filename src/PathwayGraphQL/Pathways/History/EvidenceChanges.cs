using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using static LtiPathways.PathwayGraphQL.Pathways.History.ItemChanges;

namespace LtiPathways.PathwayGraphQL.Pathways.History;

/// <summary>Change lines for evidence and waivers, naming requirements as the template does when it is known.</summary>
public static class EvidenceChanges
{
    public static IEnumerable<string> Of(Evidence? old, Evidence? now, PlanTemplate? template)
    {
        if (old is null || now is null)
        {
            yield return now is not null
                ? $"Linked {Quoted(now.Title)} as evidence for {Names(now.RequirementKeys, template)}"
                : $"Unlinked {Quoted(old!.Title)}";
            yield break;
        }
        if (!old.RequirementKeys.Order().SequenceEqual(now.RequirementKeys.Order()))
        {
            yield return $"{Quoted(now.Title)} now counts for {Names(now.RequirementKeys, template)}";
        }
        if ((old.Source, old.SourceId, old.Title) != (now.Source, now.SourceId, now.Title))
        {
            yield return $"{Quoted(old.Title)} now links {Quoted(now.Title)}";
        }
    }

    public static IEnumerable<string> Waiver(Waiver? old, Waiver? now, PlanTemplate? template)
    {
        if (old is null || now is null)
        {
            yield return now is not null
                ? $"{now.ByName} waived {Names([now.RequirementKey], template)}: {Wording.Sentence(now.Reason).TrimEnd('.')}"
                : $"Waiver of {Names([old!.RequirementKey], template)} withdrawn";
        }
        else if (old != now)
        {
            yield return $"Waiver of {Names([now.RequirementKey], template)} changed: {Wording.Sentence(now.Reason).TrimEnd('.')}";
        }
    }

    internal static string Names(IEnumerable<string> keys, PlanTemplate? template) =>
        Wording.List(keys.Select(key => template?.Find(key)?.Name ?? key));
}
