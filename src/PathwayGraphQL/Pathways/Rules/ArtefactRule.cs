using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>
/// Every artefact the requirement names, completed (the Reflective Project's pieces); one the student hands in counts
/// only once it links that submission, so a title typed in its place does not.
/// </summary>
public static class ArtefactRule
{
    public static Verdict Check(RequirementDefinition requirement, PlanFacts facts)
    {
        var required = requirement.Parameters.Artefacts;
        var done = required.Where(a => facts.Plan.ProjectArtefacts.Any(p =>
            string.Equals(p.Kind, a.Key, StringComparison.OrdinalIgnoreCase) && p.CompletedOn <= facts.Today
            && (!a.HandedIn || p.SubmissionId is not null))).ToList();
        var toDo = required.Except(done).Select(a => a.HandedIn ? $"{a.Name} (linked to the work you handed in)" : a.Name).ToList();
        return (done.Count, toDo.Count) switch
        {
            (_, 0) => new(RequirementStatus.Met, $"{Wording.List(required.Select(a => a.Name))} done."),
            (0, _) => new(RequirementStatus.Missing, $"still to do: {Wording.List(toDo)}."),
            _ => new(RequirementStatus.OnTrack, $"{done.Count} of {required.Count} done; still to do: {Wording.List(toDo)}."),
        };
    }
}
