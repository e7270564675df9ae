using GraphQL.DataLoader;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>
/// The versions and signatures of every plan in an answer, one statement each for all of them. It is only given plans a
/// resolver already opened through the core's access rules, so it reads by plan id without asking again.
/// </summary>
public sealed class PlanDetailsLoader(PathwaysDbContext db)
{
    private readonly Dictionary<Guid, PlanTemplate> templates = [];
    private BatchLoader<Guid, ValueList<PlanHistoryEntry>>? versions;
    private BatchLoader<Guid, ValueList<SignOff>>? signOffs;

    public IDataLoaderResult<ValueList<PlanHistoryEntry>?> Versions(EvaluatedPlan plan)
    {
        templates[plan.Plan.PlanId] = plan.Template;
        return (versions ??= new(async (ids, cancellationToken) =>
            (IReadOnlyDictionary<Guid, ValueList<PlanHistoryEntry>>)await PlanHistories.VersionsAsync(db, ids.ToDictionary(id => id, id => templates[id]), cancellationToken))).Load(plan.Plan.PlanId);
    }

    public IDataLoaderResult<ValueList<SignOff>?> SignOffs(EvaluatedPlan plan) =>
        (signOffs ??= new(async (ids, cancellationToken) => (IReadOnlyDictionary<Guid, ValueList<SignOff>>)await PlanHistories.SignOffsAsync(db, ids, cancellationToken))).Load(plan.Plan.PlanId);
}
