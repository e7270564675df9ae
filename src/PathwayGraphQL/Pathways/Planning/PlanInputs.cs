using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// What one plan's evaluation reads besides its document: the released results its evidence links and the student's
/// module standings. Every single-plan reader gathers them here, so a new input cannot be forgotten in one of them;
/// many plans at once go through <see cref="PlanEvaluations.OfAsync"/>.
/// </summary>
public sealed record PlanInputs(IReadOnlyDictionary<Guid, decimal> Released, IReadOnlyDictionary<string, ModuleStanding> Modules)
{
    public static Task<PlanInputs> OfAsync(
        PathwaysDbContext db, PathwayPlan plan, PlanDocument document, CancellationToken cancellationToken = default) =>
        OfAsync(db, new Institution(plan.RegistrationId, plan.DeploymentId), plan.StudentUserId, document, cancellationToken);

    public static async Task<PlanInputs> OfAsync(
        PathwaysDbContext db, Institution institution, Guid student, PlanDocument document, CancellationToken cancellationToken = default) =>
        new(await ReleasedResults.OfAsync(db, [student], document.Evidence, cancellationToken),
            await ModuleStandings.OfAsync(db, institution, student, cancellationToken));

    public PlanEvaluation Evaluate(PlanTemplate template, PlanDocument document, DateOnly today) =>
        PlanEvaluator.Evaluate(template, document, today, Released, Modules);
}
