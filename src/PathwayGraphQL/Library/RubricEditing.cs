using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Library;

/// <summary>
/// Versions instead of locks: an edit of a version that has assessments becomes a new version (RubricVersioning.Edit),
/// so those assessments keep theirs; an unused version is changed in place.
/// </summary>
public class RubricEditing(PathwaysDbContext db, RubricLibrary library, TimeProvider clock)
{
    /// <summary>The current version alone, as the edit page's JSON.</summary>
    public async Task<string> CurrentJsonAsync(LibraryRubric rubric, CancellationToken cancellationToken)
    {
        var domain = await library.DomainRubricAsync(rubric, cancellationToken);
        return RubricJson.Write(domain with { Versions = [domain.Current] });
    }

    /// <summary>The saved version, or the problems and nothing changed.</summary>
    public async Task<Validated<RubricEdit>> SaveAsync(LibraryRubric rubric, string json, CancellationToken cancellationToken)
    {
        var read = RubricJson.Read(json);
        return read.IsValid
            ? await SaveAsync(rubric, read.Value!.Title, read.Value.Current, cancellationToken)
            : Validated<RubricEdit>.Invalid(read.Problems);
    }

    /// <summary>The rubric editor's save: a title and the criteria and boundaries of the edited version.</summary>
    public async Task<Validated<RubricEdit>> SaveAsync(LibraryRubric rubric, string title, RubricVersion edited, CancellationToken cancellationToken)
    {
        var domain = await library.DomainRubricAsync(rubric, cancellationToken);
        if (edited.Kind != domain.Current.Kind)
        {
            return Validated<RubricEdit>.Invalid([new Problem("A rubric keeps its kind; copy or import a new rubric to change it.")]);
        }
        var current = domain.Current.Number;
        var used = await db.RubricAssessments.AnyAsync(a => a.RubricId == rubric.Id && a.RubricVersionNumber == current, cancellationToken);
        var edit = RubricVersioning.Edit(domain, edited.Criteria, used, clock.GetUtcNow(), edited.GradeBoundaries);
        if (!edit.IsValid)
        {
            return edit;
        }
        var result = edit.Value!;
        if (result.IsNewVersion)
        {
            library.AddVersion(rubric, result.Version);
        }
        else
        {
            var row = await db.RubricVersions.SingleAsync(v => v.RubricId == rubric.Id && v.Number == current, cancellationToken);
            row.Json = RubricJson.Write(domain with { Versions = [result.Version] });
        }
        if (title is { Length: > 0 and <= 500 })
        {
            rubric.Title = title;
        }
        await db.SaveChangesAsync(cancellationToken);
        return edit;
    }
}
