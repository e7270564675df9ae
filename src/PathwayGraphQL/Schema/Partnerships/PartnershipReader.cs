using GraphQL.DataLoader;
using GraphQL.Types.Relay.DataObjects;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

/// <summary>
/// The institution's partnerships for the API, scoped as their pages are (<see cref="PartnershipAccess"/>): its coordinators
/// and administrators, and its API tokens. Every provider of a page is read with its whole record at once, the same
/// records <see cref="PartnershipRecords"/> reads for one, in a fixed number of statements whatever the page size.
/// </summary>
public sealed class PartnershipReader(PathwaysDbContext db)
{
    private BatchLoader<Guid, ProviderDetail>? byId;

    /// <summary>Providers by id (node), batched, for one request's one caller.</summary>
    public IDataLoaderResult<ProviderDetail?> Provider(GraphQLCaller caller, Guid id) =>
        (byId ??= new(async (ids, cancellationToken) => await RefuseAsync(caller, cancellationToken) is null
            ? await DetailsAsync(caller.Institution, ids, cancellationToken)
            : new Dictionary<Guid, ProviderDetail>())).Load(id);

    /// <summary>Null when the caller may keep partnerships, otherwise why not.</summary>
    public async Task<Refusal?> RefuseAsync(GraphQLCaller caller, CancellationToken cancellationToken) =>
        caller.Person is { } person ? await PartnershipAccess.RefuseAsync(db, person, cancellationToken) : null;

    public async Task<Connection<ProviderDetail>> PageAsync(GraphQLCaller caller, Page page, CancellationToken cancellationToken)
    {
        var providers = PartnershipAccess.ProvidersOf(db, caller.Institution);
        var ids = await providers.OrderBy(p => p.Organisation).ThenBy(p => p.Id).Skip(page.Offset).Take(page.Size + 1).Select(p => p.Id).ToListAsync(cancellationToken);
        var details = await DetailsAsync(caller.Institution, ids, cancellationToken);
        return Connections.Of(page, ids.Select(id => details[id]).ToList(), await providers.CountAsync(cancellationToken));
    }

    public async Task<IReadOnlyDictionary<Guid, ProviderDetail>> DetailsAsync(Institution institution, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var providers = await PartnershipAccess.ProvidersOf(db, institution).AsNoTracking().Where(p => ids.Contains(p.Id))
            .Include(p => p.Courses.OrderBy(c => c.Title)).Include(p => p.Contacts.OrderBy(c => c.Name)).AsSplitQuery()
            .ToListAsync(cancellationToken);
        var found = providers.Select(p => p.Id).ToList();
        var liaisons = providers.Select(p => p.LiaisonUserId).OfType<Guid>().ToList();
        var names = await db.Users.AsNoTracking().Where(u => liaisons.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.Name == "" ? u.Subject : u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var evaluations = (await (
            from e in db.ProviderEvaluations.AsNoTracking()
            join u in db.Users on e.EvaluatedByUserId equals u.Id
            where found.Contains(e.ProviderId)
            orderby e.EvaluatedAt descending
            select new { Evaluation = e, By = u.Name == "" ? u.Subject : u.Name }).ToListAsync(cancellationToken))
            .ToLookup(e => e.Evaluation.ProviderId, e => PartnershipRecords.Row(e.Evaluation, e.By));
        var agreements = (await db.PartnershipAgreements.AsNoTracking().Where(a => found.Contains(a.ProviderId))
            .OrderByDescending(a => a.ExpiresOn).ToListAsync(cancellationToken)).ToLookup(a => a.ProviderId);
        var pilot = (await (
            from p in db.PilotStudents.AsNoTracking()
            join u in db.Users on p.StudentUserId equals u.Id
            where found.Contains(p.ProviderId)
            orderby u.Name
            select new { p.ProviderId, Student = new PersonChoice(u.Id, u.Name == "" ? u.Subject : u.Name) }).ToListAsync(cancellationToken))
            .ToLookup(p => p.ProviderId, p => p.Student);
        var reviews = (await db.AnnualReviews.AsNoTracking().Where(r => found.Contains(r.ProviderId)).ToListAsync(cancellationToken)).ToLookup(r => r.ProviderId);
        var meetings = (await db.PartnershipMeetings.AsNoTracking().Where(m => found.Contains(m.ProviderId))
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.RecordedAt).ToListAsync(cancellationToken)).ToLookup(m => m.ProviderId);
        return providers.ToDictionary(p => p.Id, p => new ProviderDetail(
            p, p.LiaisonUserId is { } liaison ? names.GetValueOrDefault(liaison) : null,
            evaluations[p.Id].ToList(), agreements[p.Id].ToList(), pilot[p.Id].ToList(), ScorecardTrend.Of(reviews[p.Id]), meetings[p.Id].ToList()));
    }
}
