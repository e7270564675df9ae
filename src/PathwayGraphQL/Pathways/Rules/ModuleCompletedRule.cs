using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>Every step of a self-paced module done: "3 of 5 steps done" while under way, met once the last step is.</summary>
public static class ModuleCompletedRule
{
    public static Verdict Check(RequirementDefinition requirement, PlanFacts facts)
    {
        var key = requirement.Parameters.ModuleKey ?? "";
        if (!facts.Modules.TryGetValue(key, out var module))
        {
            return new(RequirementStatus.Missing, "this school does not offer the module yet; ask your coordinator.");
        }
        var steps = $"{module.Done} of {Wording.Count(module.Total, "step", "steps")} done";
        if (module.CompletedOn is { } day)
        {
            return new(RequirementStatus.Met, $"{module.Title} completed on {Wording.Day(day, facts.Today.Year)}; all {Wording.Count(module.Total, "step", "steps")} done.");
        }
        if (module.Done == 0 && !module.WaitingForMark)
        {
            return new(RequirementStatus.Missing, $"{steps}; open {module.Title} from your plan to start.");
        }
        var next = module.NextStep is { } step ? $"next: {step}" : "your practical task is waiting for your advisor's mark";
        return new(RequirementStatus.OnTrack, $"{steps}; {next}.");
    }
}
