using GraphQL.DataLoader;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Courses;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Institutions;
using LtiPathways.PathwayGraphQL.Schema.People;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Schema.Nodes;

/// <summary>
/// One batch loader per key type, for one request and its one caller: every lookup by id goes through the caller's
/// scope, so an id from another institution or course simply finds nothing.
/// </summary>
public sealed class NodeLoaders(PathwaysDbContext db)
{
    private GraphQLCaller? caller;
    private BatchLoader<Guid, CourseNode>? courses;
    private BatchLoader<Guid, PersonNode>? people;
    private BatchLoader<Guid, InstitutionNode>? institutions;

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

    private GraphQLCaller For(GraphQLCaller asking) =>
        (caller ??= asking) == asking ? asking : throw new InvalidOperationException("One request has one caller.");
}
