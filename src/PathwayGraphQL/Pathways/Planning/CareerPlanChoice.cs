using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Career exploration meeting the plan: a suggested or held pathway becomes the plan's career cluster and pathway (a new
/// version, through <see cref="PlanCommands"/>), and held pathways are checked against the plan's rules before that.
/// </summary>
public sealed class CareerPlanChoice(PathwaysDbContext db, TimeProvider clock)
{
    public static readonly Refusal NoPlanYet = Refusal.NotFound("You have no pathway plan yet: start your plan first, then move a pathway into it.");

    public async Task<Outcome<PlanSaveResult>> ChooseAsync(Viewer viewer, string cluster, string pathway, CancellationToken cancellationToken = default)
    {
        if (viewer.Role != CourseRole.Student)
        {
            return Refusal.Forbidden("A student moves a pathway into their own plan; you may read their plan and their results.");
        }
        if (CareerCatalogue.Shipped.FindCluster(cluster) is not { } found || found.FindPathway(pathway) is not { } chosen)
        {
            return Refusal.Invalid($"There is no pathway “{pathway}” in the cluster “{cluster}”.");
        }
        if (await OwnPlanAsync(viewer, cancellationToken) is not { } plan)
        {
            return NoPlanYet;
        }
        if (!plan.HoldsCareer)
        {
            return PlanCommands.NoCareerIn(plan.Template);
        }
        var career = new CareerChoice(found.Name, chosen.Name);
        if (career.Equals(plan.Career))
        {
            return Refusal.Conflict($"{chosen.Name} in {found.Name} is already your plan's pathway.");
        }
        var current = plan.Snapshot;
        return await new PlanCommands(db, clock).SaveAsync(viewer, current.PlanId, current.VersionNumber, current.Document with { Career = career }, cancellationToken);
    }

    /// <summary>
    /// The held pathways side by side: what differs between each pair, and the plan's requirements evaluated on a copy
    /// of the plan with each applied (the plan itself does not change). Without a plan only the differences are known.
    /// </summary>
    public async Task<Outcome<AlternativeComparison>> CompareAsync(Viewer viewer, CareerExplorationState state, CancellationToken cancellationToken = default)
    {
        var catalogue = CareerCatalogue.Shipped;
        var choices = state.Held.Select((held, i) => ChoiceOf(catalogue, held, $"Choice {(char)('A' + i)}")).OfType<PathwayChoice>().ToValueList();
        ValueList<ChoiceDifference> pairs = PathwayAlternatives.Create(catalogue, choices).IsValid
            ? choices.SelectMany((c, i) => choices.Skip(i + 1).Select(other => c.CompareWith(other))).ToValueList()
            : [];
        if (await OwnPlanAsync(viewer, cancellationToken) is not { } own)
        {
            return new AlternativeComparison(choices.Select(c => new AlternativeCheck(c, null, [])).ToValueList(), pairs, null, null);
        }
        var (plan, template) = (own.Snapshot, own.Template);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var inputs = await PlanInputs.OfAsync(db, new Institution(viewer.RegistrationId, viewer.DeploymentId), plan.StudentUserId, plan.Document, cancellationToken);
        PlanEvaluation Evaluate(PlanDocument document) => inputs.Evaluate(template, document, today);
        var planned = plan.Document.Courses.Select(c => c.Subject).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var checks = choices.Select(c => new AlternativeCheck(
            c, Evaluate(plan.Document with { Career = new CareerChoice(c.Cluster, c.Pathway) }),
            c.Courses.Where(planned.Contains).ToValueList())).ToValueList();
        return new AlternativeComparison(checks, pairs, plan.Document.Career, Evaluate(plan.Document)) { PlanHoldsCareer = own.HoldsCareer };
    }

    /// <summary>The viewer's own plan as it stands with its template, or null before they start one.</summary>
    public async Task<CareerPlan?> OwnPlanAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        var id = await new PlanQueries(db, clock).OwnPlanIdAsync(viewer, cancellationToken);
        if (id is null)
        {
            return null;
        }
        var opened = await PlanAccess.OpenAsync(db, viewer, id.Value, cancellationToken);
        if (!opened.Succeeded)
        {
            return null;
        }
        var plan = opened.Value.Plan;
        return new CareerPlan(await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion, cancellationToken), await PlanTemplates.OfAsync(db, plan, cancellationToken));
    }

    private static PathwayChoice? ChoiceOf(CareerCatalogue catalogue, CareerChoice held, string label) =>
        catalogue.FindPathway(held.Cluster, held.Pathway) is { } pathway
            ? new PathwayChoice(label, held.Cluster, held.Pathway, pathway.IbSubjects, pathway.Certifications)
            : null;
}
