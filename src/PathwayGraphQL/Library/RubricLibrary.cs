using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Library;

/// <summary>The rubric library's stored versions, read as the domain's rubric, and the templates the tool ships.</summary>
public class RubricLibrary(PathwaysDbContext db)
{
    /// <summary>Picker values are template titles; keys work too.</summary>
    public static RubricTemplate? FindTemplate(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null
            : RubricTemplates.Find(name) ?? RubricTemplates.All.FirstOrDefault(t => string.Equals(t.Title, name, StringComparison.OrdinalIgnoreCase));

    public async Task<RubricVersion?> VersionAsync(Guid rubricId, int number, CancellationToken cancellationToken)
    {
        var json = await db.RubricVersions.AsNoTracking().Where(v => v.RubricId == rubricId && v.Number == number)
            .Select(v => v.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : RubricJson.Read(json).Value?.Current;
    }

    /// <summary>All versions of a rubric, oldest first, as the domain's rubric.</summary>
    public async Task<Rubric> DomainRubricAsync(LibraryRubric rubric, CancellationToken cancellationToken)
    {
        var rows = await db.RubricVersions.AsNoTracking().Where(v => v.RubricId == rubric.Id).OrderBy(v => v.Number)
            .Select(v => v.Json).ToListAsync(cancellationToken);
        var versions = rows.Select(json => RubricJson.Read(json).Value!.Current).ToValueList();
        return new Rubric(rubric.Id.ToString(), rubric.Title, rubric.OwnerUserId.ToString(), rubric.Scope, ScopeId(rubric), versions);
    }

    /// <summary>Adds a version row (the caller saves).</summary>
    public void AddVersion(LibraryRubric rubric, RubricVersion version) =>
        db.RubricVersions.Add(new LibraryRubricVersion
        {
            RubricId = rubric.Id, Number = version.Number, CreatedAt = version.CreatedAt.UtcDateTime,
            Json = RubricJson.Write(new Rubric(rubric.Id.ToString(), rubric.Title, rubric.OwnerUserId.ToString(), rubric.Scope, ScopeId(rubric), [version])),
        });

    private static string? ScopeId(LibraryRubric rubric) => rubric.CourseId?.ToString() ?? rubric.DeploymentId.ToString();
}
