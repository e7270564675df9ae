using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.ApiTokens;

/// <summary>
/// Names for the ids records keep of who acted: a person's name, or, where a district system acted through an API token
/// (a rubric it created, marks it saved), the token's name marked as a token's, so no page takes it for a person.
/// </summary>
public static class ActorNames
{
    public static string TokenLabel(string tokenName) => $"{tokenName} (API token)";

    public static async Task<Dictionary<Guid, string>> OfAsync(PathwaysDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var others = ids.Where(id => !names.ContainsKey(id)).Distinct().ToList();
        if (others.Count > 0)
        {
            foreach (var token in await db.ApiTokens.AsNoTracking().Where(t => others.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            {
                names[token.Id] = TokenLabel(token.Name);
            }
        }

        return names;
    }
}
