using GraphQL.Types.Relay.DataObjects;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Grading;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Schema.Rubrics;

/// <summary>
/// Libraries of many courses at once, by the library's own rule (<see cref="RubricVisibility"/>): one statement reads the
/// courses' rubrics and their institution's shared ones, and each course's page is cut from it; versions in one more.
/// </summary>
public sealed class RubricReader(PathwaysDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, Connection<RubricNode>>> PagesAsync(
        GraphQLCaller caller, IReadOnlyCollection<Guid> courseIds, Page page, CancellationToken cancellationToken)
    {
        var courses = await db.Courses(caller).AsNoTracking().Where(c => courseIds.Contains(c.Id))
            .Where(c => db.StaffCourses(caller).Contains(c.Id))
            .Select(c => new { c.Id, c.DeploymentId }).ToListAsync(cancellationToken);
        var registration = caller.Institution.RegistrationId;
        var ids = courses.Select(c => c.Id).ToList();
        var candidates = await db.Rubrics.AsNoTracking()
            .Where(r => r.RegistrationId == registration && ((r.CourseId != null && ids.Contains(r.CourseId.Value)) || r.CourseId == null))
            .OrderBy(r => r.Title).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return courses.ToDictionary(c => c.Id, c =>
        {
            var visible = candidates.Where(RubricVisibility.VisibleTo(registration, c.DeploymentId, c.Id).Compile()).ToList();
            var nodes = visible.Skip(page.Offset).Take(page.Size + 1)
                .Select(RubricNodes.Of).ToList();
            return Connections.Of(page, nodes, visible.Count);
        });
    }

    /// <summary>Rubrics by id, if the library of a course whose marking the caller sees shows them (a node, a mutation's answer).</summary>
    public async Task<IReadOnlyDictionary<Guid, RubricNode>> ByIdAsync(GraphQLCaller caller, IReadOnlyCollection<Guid> rubricIds, CancellationToken cancellationToken)
    {
        var registration = caller.Institution.RegistrationId;
        var courses = await db.Courses(caller).AsNoTracking().Where(c => db.StaffCourses(caller).Contains(c.Id))
            .Select(c => new { c.Id, c.DeploymentId }).ToListAsync(cancellationToken);
        var candidates = await db.Rubrics.AsNoTracking().Where(r => r.RegistrationId == registration && rubricIds.Contains(r.Id)).ToListAsync(cancellationToken);
        return candidates.Where(r => courses.Any(c => RubricVisibility.VisibleTo(registration, c.DeploymentId, c.Id).Compile()(r)))
            .ToDictionary(r => r.Id, RubricNodes.Of);
    }

    /// <summary>Versions of rubrics the caller was already shown, newest first.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<RubricVersion>>> VersionsAsync(
        IReadOnlyCollection<Guid> rubricIds, CancellationToken cancellationToken)
    {
        var rows = await db.RubricVersions.AsNoTracking().Where(v => rubricIds.Contains(v.RubricId))
            .Select(v => new { v.RubricId, v.Number, v.Json }).ToListAsync(cancellationToken);
        return rows.GroupBy(v => v.RubricId).ToDictionary(g => g.Key, g => (IReadOnlyList<RubricVersion>)g.OrderByDescending(v => v.Number)
            .Select(v => RubricJson.Read(v.Json).Value?.Current).OfType<RubricVersion>().ToList());
    }
}
