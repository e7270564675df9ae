using GraphQL.DataLoader;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Courses;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Institutions;
using LtiPathways.PathwayGraphQL.Schema.People;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Schema.Nodes;

/// <summary>
/// One batch loader per key type, for one request and its one caller: every lookup by id goes through the caller's
/// scope, so an id from another institution or course simply finds nothing.
/// </summary>
public sealed class NodeLoaders(PathwaysDbContext db, InstitutionPlans plans)
{
    private GraphQLCaller? caller;
    private BatchLoader<Guid, CourseNode>? courses;
    private BatchLoader<Guid, PersonNode>? people;
    private BatchLoader<Guid, InstitutionNode>? institutions;
    private BatchLoader<Guid, EvaluatedPlan>? plansById;

    public IDataLoaderResult<CourseNode?> Course(GraphQLCaller asking, Guid id) =>
        (courses ??= new(async (ids, cancellationToken) => await CourseNodes.Project(db.Courses(For(asking)).Where(c => ids.Contains(c.Id)), asking)
            .AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken))).Load(id);

    public IDataLoaderResult<PersonNode?> Person(GraphQLCaller asking, Guid id) =>
        (people ??= new(async (ids, cancellationToken) => await db.People(For(asking)).AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new PersonNode(u.Id, u.Name, u.GivenName, u.FamilyName))
            .ToDictionaryAsync(p => p.Id, cancellationToken))).Load(id);

    /// <summary>Only the caller's own institution is ever found.</summary>
    public IDataLoaderResult<InstitutionNode?> Institution(GraphQLCaller asking, Guid deploymentId) =>
        (institutions ??= new(async (ids, cancellationToken) =>
        {
            var own = For(asking).Institution;
            return await db.PlatformDeployments.AsNoTracking()
                .Where(d => ids.Contains(d.Id) && d.Id == own.DeploymentId && d.RegistrationId == own.RegistrationId)
                .Select(d => new InstitutionNode(
                    d.Id, d.Registration!.Name != "" ? d.Registration.Name : d.Registration.Issuer, d.Registration.Issuer, d.DeploymentId))
                .ToDictionaryAsync(i => i.DeploymentId, cancellationToken);
        })).Load(deploymentId);

    /// <summary>Plans the caller may see (<see cref="PlanScope"/>, the rules of the planner's pages), evaluated for today.</summary>
    public IDataLoaderResult<EvaluatedPlan?> Plan(GraphQLCaller asking, Guid planId) =>
        (plansById ??= new(async (ids, cancellationToken) =>
            await plans.ByIdAsync(await db.PlanScopeAsync(For(asking), cancellationToken), ids, cancellationToken))).Load(planId);

    private GraphQLCaller For(GraphQLCaller asking) =>
        (caller ??= asking) == asking ? asking : throw new InvalidOperationException("One request has one caller.");
}
