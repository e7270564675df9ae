using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>
/// A link to the student's own work, tagged once with every requirement it counts toward: a submission, or a released
/// rubric assessment whose percentage the evaluator is given.
/// </summary>
public sealed record Evidence(Guid Id, EvidenceSource Source, Guid SourceId, string Title, ValueList<string> RequirementKeys) : IPlanItem;
