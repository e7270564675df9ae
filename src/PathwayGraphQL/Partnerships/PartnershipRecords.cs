using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>One provider's whole partnership record for its page, read in a fixed number of queries.</summary>
public sealed class PartnershipRecords(PathwaysDbContext db)
{
    public async Task<Outcome<ProviderDetail>> DetailAsync(Viewer viewer, Guid providerId, CancellationToken cancellationToken = default)
    {
        if (await PartnershipAccess.RefuseAsync(db, viewer, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var provider = await PartnershipAccess.ProvidersOf(db, PartnershipAccess.InstitutionOf(viewer)).AsNoTracking()
            .Include(p => p.Courses.OrderBy(c => c.Title)).Include(p => p.Contacts.OrderBy(c => c.Name))
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == providerId, cancellationToken);
        if (provider is null)
        {
            return PartnershipAccess.NoSuchProvider;
        }
        var liaison = provider.LiaisonUserId is { } liaisonId
            ? await db.Users.Where(u => u.Id == liaisonId).Select(u => u.Name == "" ? u.Subject : u.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var evaluations = await (
            from e in db.ProviderEvaluations.AsNoTracking()
            join u in db.Users on e.EvaluatedByUserId equals u.Id
            where e.ProviderId == providerId
            orderby e.EvaluatedAt descending
            select new { Evaluation = e, By = u.Name == "" ? u.Subject : u.Name }).ToListAsync(cancellationToken);
        var agreements = await db.PartnershipAgreements.AsNoTracking().Where(a => a.ProviderId == providerId)
            .OrderByDescending(a => a.ExpiresOn).ToListAsync(cancellationToken);
        var pilot = await (
            from p in db.PilotStudents.AsNoTracking()
            join u in db.Users on p.StudentUserId equals u.Id
            where p.ProviderId == providerId
            orderby u.Name
            select new PersonChoice(u.Id, u.Name == "" ? u.Subject : u.Name)).ToListAsync(cancellationToken);
        var reviews = await db.AnnualReviews.AsNoTracking().Where(r => r.ProviderId == providerId).ToListAsync(cancellationToken);
        var meetings = await db.PartnershipMeetings.AsNoTracking().Where(m => m.ProviderId == providerId)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.RecordedAt).ToListAsync(cancellationToken);
        return new ProviderDetail(
            provider, liaison,
            evaluations.Select(e => Row(e.Evaluation, e.By)).ToList(),
            agreements, pilot, ScorecardTrend.Of(reviews), meetings);
    }

    /// <summary>A stored evaluation with the level titles it chose; the API reads the same rows for many providers at once.</summary>
    public static EvaluationRow Row(Data.Partnerships.ProviderEvaluation evaluation, string by)
    {
        var version = ProviderEvaluations.Template.Version;
        var selections = SelectionsJson.Read(evaluation.SelectionsJson).Value ?? Selections.None;
        var choices = version.Criteria
            .Select(c => (c, c is LevelCriterion levels && selections.For(c.Id) is LevelSelection chosen
                ? levels.Levels.FirstOrDefault(l => l.Id == chosen.LevelId)?.Title ?? "" : ""))
            .ToList();
        return new EvaluationRow(evaluation.Id, evaluation.EvaluatedAt, by, evaluation.Total, evaluation.Maximum, evaluation.Percentage, evaluation.Notes, choices);
    }
}
