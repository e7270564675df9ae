using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using Microsoft.EntityFrameworkCore;
using GraphQL.DataLoader;

namespace LtiPathways.PathwayGraphQL.Schema.People;

/// <summary>
/// Rosters of many courses at once: one SQL statement per page shape (every course of a list asks for the same page),
/// whatever the number of courses. Scoped to the request; only courses the caller may list are read.
/// </summary>
public sealed class CoursePeopleLoader(PathwaysDbContext db)
{
    private readonly Dictionary<(Page Page, GraphQLCaller Caller), BatchLoader<Guid, PersonConnection>> loaders = [];

    public IDataLoaderResult<PersonConnection?> Load(GraphQLCaller caller, Guid courseId, Page page)
    {
        if (!loaders.TryGetValue((page, caller), out var loader))
        {
            loader = new BatchLoader<Guid, PersonConnection>((ids, cancellationToken) => FetchAsync(caller, ids, page, cancellationToken));
            loaders[(page, caller)] = loader;
        }

        return loader.Load(courseId);
    }

    private async Task<IReadOnlyDictionary<Guid, PersonConnection>> FetchAsync(
        GraphQLCaller caller, IReadOnlyCollection<Guid> courseIds, Page page, CancellationToken cancellationToken)
    {
        var rows = await db.RosterCourses(caller).AsNoTracking()
            .Where(c => courseIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Total = c.Members.Count(m => m.Active),
                Page = c.Members.Where(m => m.Active)
                    .OrderBy(m => m.User!.Name).ThenBy(m => m.UserId)
                    .Skip(page.Offset).Take(page.Size + 1)
                    .Select(m => new { m.Role, Person = new PersonNode(m.UserId, m.User!.Name, m.User.GivenName, m.User.FamilyName) })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Id, row => Connections.Of<PersonConnection, PersonEdge, PersonNode, (PersonNode Person, Data.Courses.CourseRole Role)>(
            page, row.Page.Select(m => (m.Person, m.Role)).ToList(), row.Total,
            (member, cursor) => new PersonEdge { Node = member.Person, Cursor = cursor, Role = member.Role }));
    }
}
