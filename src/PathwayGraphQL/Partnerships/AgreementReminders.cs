using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>
/// The agreements a coordinator should act on: each provider's latest agreement that expires within 90 days from today,
/// soonest first. An agreement already renewed by a later one is not a reminder. One query.
/// </summary>
public sealed class AgreementReminders(PathwaysDbContext db, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<AgreementReminder>>> DueAsync(Viewer viewer, CancellationToken cancellationToken = default) =>
        await PartnershipAccess.RefuseAsync(db, viewer, cancellationToken) is { } refusal
            ? refusal
            : Outcome<IReadOnlyList<AgreementReminder>>.Of(await DueAsync(PartnershipAccess.InstitutionOf(viewer), cancellationToken));

    public async Task<IReadOnlyList<AgreementReminder>> DueAsync(Institution institution, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var latest = await (
            from provider in PartnershipAccess.ProvidersOf(db, institution)
            join agreement in db.PartnershipAgreements on provider.Id equals agreement.ProviderId
            where agreement.ExpiresOn >= today
            select new { provider.Organisation, agreement.ProviderId, agreement.Id, agreement.ExpiresOn })
            .AsNoTracking().ToListAsync(cancellationToken);
        return latest
            .GroupBy(a => a.ProviderId)
            .Select(g => g.MaxBy(a => a.ExpiresOn)!)
            .Select(a => (Agreement: a, DaysLeft: a.ExpiresOn.DayNumber - today.DayNumber))
            .Where(a => ReminderWindow.For(a.DaysLeft) is not null)
            .OrderBy(a => a.DaysLeft).ThenBy(a => a.Agreement.Organisation)
            .Select(a => new AgreementReminder(a.Agreement.ProviderId, a.Agreement.Organisation, a.Agreement.Id, a.Agreement.ExpiresOn, a.DaysLeft,
                ReminderWindow.For(a.DaysLeft)!.Value))
            .ToList();
    }
}
