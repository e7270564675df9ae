using System.Text;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Library;

/// <summary>Import and export of library rubrics: our JSON both ways, Canvas rubric CSV both ways where the kind allows.</summary>
public class LibraryTransfer(LibraryService service, RubricLibrary library, TimeProvider clock)
{
    public const long MaxImportBytes = 512 * 1024;

    /// <summary>The stored rubric, or the problems (with line and column) and nothing stored.</summary>
    public async Task<Validated<LibraryRubric>> ImportAsync(LibraryScope scope, RubricUpload? file, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(scope, file, cancellationToken);
        return read.Value is { } rubric
            ? Validated<LibraryRubric>.Valid(await service.AddAsync(scope, rubric.Title, null, rubric.Versions, cancellationToken))
            : Validated<LibraryRubric>.Invalid(read.Problems);
    }

    /// <summary>The rubric in the file, stored nowhere (the editor fills its form with it), or the problems.</summary>
    public async Task<Validated<Rubric>> ReadAsync(LibraryScope scope, RubricUpload? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Refused("Choose a rubric file (our JSON or a Canvas rubric CSV) to import.");
        }
        if (file.Length > MaxImportBytes)
        {
            return Refused($"That file is {file.Length / 1024} KB; rubric files may be up to {MaxImportBytes / 1024} KB.");
        }
        string text;
        using (var reader = new StreamReader(file.Open(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try
            {
                text = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                return Refused("That file is not UTF-8 text; save it as UTF-8 JSON or CSV and try again.");
            }
        }
        var isJson = file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith('{');
        return isJson ? RubricJson.Read(text) : CanvasRubricCsv.Read(text, Guid.NewGuid().ToString(), scope.UserId.ToString(), clock.GetUtcNow());
    }

    private static Validated<Rubric> Refused(string sentence) => Validated<Rubric>.Invalid([new Problem(sentence)]);

    public async Task<string> JsonAsync(LibraryRubric rubric, CancellationToken cancellationToken) =>
        RubricJson.Write(await library.DomainRubricAsync(rubric, cancellationToken));

    public async Task<Validated<string>> CsvAsync(LibraryRubric rubric, CancellationToken cancellationToken) =>
        CanvasRubricCsv.Write(await library.DomainRubricAsync(rubric, cancellationToken));
}
