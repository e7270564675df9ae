using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Plans' saved versions and signatures, for plans the viewer was already allowed to open: one statement for one plan or
/// for a page of them.
/// </summary>
public static class PlanHistories
{
    /// <summary>Every version of each plan, newest first, each with what changed from the one before it.</summary>
    public static async Task<Dictionary<Guid, ValueList<PlanHistoryEntry>>> VersionsAsync(
        PathwaysDbContext db, IReadOnlyDictionary<Guid, PlanTemplate> templates, CancellationToken cancellationToken = default)
    {
        var ids = templates.Keys.ToList();
        var rows = await db.PlanVersions.AsNoTracking().Where(v => ids.Contains(v.PlanId)).OrderBy(v => v.Number)
            .Select(v => new
            {
                Version = v,
                Person = db.Users.Where(u => u.Id == v.SavedByUserId).Select(u => u.Name).FirstOrDefault(),
                Token = db.ApiTokens.Where(t => t.Id == v.SavedByApiTokenId).Select(t => t.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var byPlan = rows.ToLookup(r => r.Version.PlanId);
        return ids.ToDictionary(id => id, id => Entries(byPlan[id].Select(r => (r.Version, Name(r.Person, r.Token))), templates[id]));
    }

    /// <summary>The name of who saved one version: a person's, or an API token's marked as such.</summary>
    public static async Task<string> SavedByAsync(PathwaysDbContext db, Guid planId, int number, CancellationToken cancellationToken = default)
    {
        var saved = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && v.Number == number)
            .Select(v => new
            {
                Person = db.Users.Where(u => u.Id == v.SavedByUserId).Select(u => u.Name).FirstOrDefault(),
                Token = db.ApiTokens.Where(t => t.Id == v.SavedByApiTokenId).Select(t => t.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return Name(saved?.Person, saved?.Token) is { Length: > 0 } name ? name : "Someone";
    }

    private static string Name(string? person, string? token) => person ?? (token is null ? "" : ApiTokens.ActorNames.TokenLabel(token));

    /// <summary>The signatures on each plan, oldest first.</summary>
    public static async Task<Dictionary<Guid, ValueList<SignOff>>> SignOffsAsync(
        PathwaysDbContext db, IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.PlanSignOffs.AsNoTracking().Where(s => planIds.Contains(s.PlanId)).OrderBy(s => s.SignedAt)
            .Select(s => new { s.PlanId, SignOff = new SignOff(s.VersionNumber, s.Role, s.PersonUserId, s.Name, new DateTimeOffset(s.SignedAt, TimeSpan.Zero)) })
            .ToListAsync(cancellationToken);
        var byPlan = rows.ToLookup(r => r.PlanId, r => r.SignOff);
        return planIds.Distinct().ToDictionary(id => id, id => byPlan[id].ToValueList());
    }

    private static ValueList<PlanHistoryEntry> Entries(IEnumerable<(PlanVersion Version, string SavedBy)> oldestFirst, PlanTemplate template)
    {
        var entries = new List<PlanHistoryEntry>();
        var before = PlanDocument.Empty;
        foreach (var (version, savedBy) in oldestFirst)
        {
            var document = PlanVersions.Document(version);
            entries.Add(new(version.Number, savedBy, version.SavedAt, PlanDiff.Between(before, document, template)));
            before = document;
        }
        entries.Reverse();
        return entries.ToValueList();
    }
}
