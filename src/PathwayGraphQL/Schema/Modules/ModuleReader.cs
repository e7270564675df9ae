using GraphQL.DataLoader;
using GraphQL.Types.Relay.DataObjects;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

/// <summary>
/// The institution's self-paced modules for the API, by the core's <see cref="ModuleAccess"/>: everyone of the institution
/// reads the modules (as the modules page lists them); only those who keep them, and API tokens, read a quiz's answers.
/// Students' progress is read by <see cref="ModuleStandings"/>, two statements for every plan of an answer.
/// </summary>
public sealed class ModuleReader(PathwaysDbContext db)
{
    private BatchLoader<Guid, ModuleNode>? byId;
    private BatchLoader<Guid, IReadOnlyList<ModuleStanding>>? standings;
    private Task<bool>? keeper;

    public async Task<Connection<ModuleNode>> PageAsync(GraphQLCaller caller, Page page, CancellationToken cancellationToken)
    {
        var modules = ModuleAccess.ModulesOf(db, caller.Institution).AsNoTracking();
        var rows = await modules.OrderBy(m => m.Title).ThenBy(m => m.Id).Skip(page.Offset).Take(page.Size + 1)
            .Select(m => new { m.Id, m.ModuleJson }).ToListAsync(cancellationToken);
        return Connections.Of(page, rows.Select(r => Node(r.Id, r.ModuleJson)).OfType<ModuleNode>().ToList(), await modules.CountAsync(cancellationToken));
    }

    public IDataLoaderResult<ModuleNode?> Module(GraphQLCaller caller, Guid id) =>
        (byId ??= new(async (ids, cancellationToken) => (await ModuleAccess.ModulesOf(db, caller.Institution).AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.ModuleJson }).ToListAsync(cancellationToken))
            .Select(r => Node(r.Id, r.ModuleJson)).OfType<ModuleNode>().ToDictionary(n => n.Id))).Load(id);

    /// <summary>Where a student stands in each of the institution's modules, by title; the student's plan was opened already.</summary>
    public IDataLoaderResult<IReadOnlyList<ModuleStanding>?> Standings(GraphQLCaller caller, Guid studentUserId) =>
        (standings ??= new(async (students, cancellationToken) => (await ModuleStandings.OfAsync(db, caller.Institution, students, cancellationToken))
            .ToDictionary(s => s.Key, s => (IReadOnlyList<ModuleStanding>)[.. s.Value.Values.OrderBy(m => m.Title, StringComparer.Ordinal)]))).Load(studentUserId);

    /// <summary>Whether the caller sees quizzes' answers: API tokens and those who keep the modules (the edit page shows them the module's JSON).</summary>
    public Task<bool> ShowsAnswersAsync(GraphQLCaller caller, CancellationToken cancellationToken) =>
        keeper ??= caller.Person is { } person ? ModuleAccess.KeepsModulesAsync(db, person, cancellationToken) : Task.FromResult(true);

    private static ModuleNode? Node(Guid id, string json) => ModuleJson.Read(json).Value is { } module ? new ModuleNode(id, module) : null;
}
