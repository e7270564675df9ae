using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Partnerships;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>
/// Who keeps the institution's partnerships: its coordinators, whether the LMS launched them as course administrators
/// or an administrator put them on the coordinator list. A provider id from another institution is simply not found.
/// </summary>
public static class PartnershipAccess
{
    public static readonly Refusal NotCoordinator = Refusal.Forbidden(
        "Partnerships are kept by the institution's coordinators; ask an administrator to add you to the coordinator list.");

    public static readonly Refusal NoSuchProvider = Refusal.NotFound("There is no such provider at this institution.");

    public static async Task<Refusal?> RefuseAsync(PathwaysDbContext db, Viewer viewer, CancellationToken cancellationToken) =>
        viewer.Role >= CourseRole.Coordinator || await PlanAccess.IsCoordinatorAsync(db, viewer, cancellationToken) ? null : NotCoordinator;

    public static IQueryable<PartnershipProvider> ProvidersOf(PathwaysDbContext db, Institution institution) =>
        db.PartnershipProviders.Where(p => p.RegistrationId == institution.RegistrationId && p.DeploymentId == institution.DeploymentId);

    /// <summary>The provider, tracked for a change, when the viewer is a coordinator of its institution.</summary>
    public static async Task<Outcome<PartnershipProvider>> OpenAsync(PathwaysDbContext db, Viewer viewer, Guid providerId, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(db, viewer, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var provider = await ProvidersOf(db, InstitutionOf(viewer)).SingleOrDefaultAsync(p => p.Id == providerId, cancellationToken);
        return provider is null ? NoSuchProvider : provider;
    }

    public static Institution InstitutionOf(Viewer viewer) => new(viewer.RegistrationId, viewer.DeploymentId);
}
