using System.Text;
using System.Text.Json.Nodes;
using GraphQL;
using LtiPathways.PathwayGraphQL.Assessments.Marking;
using LtiPathways.PathwayGraphQL.Assessments.Release;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Schema.Assessments;
using LtiPathways.PathwayGraphQL.Schema.Assignments;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

/// <summary>One mutation's work: decode the ids, open the course or assignment as the caller, call the page's service, answer.</summary>
public sealed class GradingCommands(
    IResolveFieldContext context, GlobalIds ids, GradingActor actor, LibraryService library, LibraryTransfer transfer, RubricEditing editing,
    AssessmentDrafts drafts, AssessmentRelease release, AssessmentReader reader, PathwaysDbContext db)
{
    private readonly GraphQLCaller caller = ToolUserContext.CallerOf(context);
    private CancellationToken Cancellation => context.CancellationToken;

    public async Task<RubricPayload> CreateRubricAsync(CreateRubricInput input)
    {
        var scope = Succeeded(await actor.LibraryAsync(caller, Decode(GlobalIdKind.Course, input.CourseId, GradingActor.NoCourse), Cancellation));
        var template = RubricLibrary.FindTemplate(input.Template)
            ?? throw Refusal.Invalid($"The tool ships no rubric template called “{input.Template}”.").Error();
        return new RubricPayload(RubricNodes.Of(await library.CopyTemplateAsync(scope, template, Cancellation)));
    }

    public async Task<RubricPayload> ImportRubricAsync(ImportRubricInput input)
    {
        var scope = Succeeded(await actor.LibraryAsync(caller, Decode(GlobalIdKind.Course, input.CourseId, GradingActor.NoCourse), Cancellation));
        var bytes = Encoding.UTF8.GetBytes(input.Content);
        var imported = await transfer.ImportAsync(scope, new RubricUpload(input.FileName, bytes.Length, () => new MemoryStream(bytes)), Cancellation);
        return imported.Value is { } rubric ? new RubricPayload(RubricNodes.Of(rubric)) : throw Problems("Nothing was imported.", imported.Problems);
    }

    public async Task<RubricPayload> SaveRubricVersionAsync(SaveRubricVersionInput input)
    {
        var scope = Succeeded(await actor.LibraryAsync(caller, Decode(GlobalIdKind.Course, input.CourseId, GradingActor.NoCourse), Cancellation));
        var rubric = await library.FindAsync(scope, Decode(GlobalIdKind.Rubric, input.RubricId, LibraryService.NoRubric), Cancellation)
            ?? throw LibraryService.NoRubric.Error();
        if (!LibraryService.CanEdit(scope, rubric))
        {
            throw Refusal.Forbidden("Only the owner edits a rubric shared with the institution; copy it into your course to change it.").Error();
        }

        var saved = await editing.SaveAsync(rubric, input.Json, Cancellation);
        return saved.Value is { } edit ? new RubricPayload(RubricNodes.Of(rubric), edit.Version, edit.IsNewVersion) : throw Problems("Nothing was saved.", saved.Problems);
    }

    public async Task<AssessmentNode?> SaveAssessmentAsync(SaveAssessmentInput input)
    {
        var (scope, viewer) = Succeeded(await actor.AssessmentAsync(caller, Decode(GlobalIdKind.Assignment, input.AssignmentId, GradingActor.NoAssignment), Cancellation));
        var student = Decode(GlobalIdKind.Person, input.StudentId, NoStudent);
        Guid? baseVersion = input.BaseVersion is null ? null
            : Guid.TryParseExact(input.BaseVersion, "N", out var parsed) ? parsed
            : throw Refusal.Invalid("baseVersion is not an assessment version this API gave out; read the assessment's version again.").Error();
        var outcome = await drafts.SaveAsync(scope, viewer, new DraftRequest(student, input.Kind.ToString(), baseVersion, Marks(input)), Cancellation);
        switch (outcome.Value)
        {
            case DraftSaved saved:
                var id = await db.RubricAssessments.AsNoTracking().Where(a => a.Version == saved.Version).Select(a => a.Id).FirstAsync(Cancellation);
                return (await reader.ByIdAsync(caller, [id], Cancellation)).GetValueOrDefault(id);
            case DraftConflict conflict:
                var error = Refusal.Conflict(conflict.Sentence).Error();
                error.Extensions = new Dictionary<string, object?> { ["theirVersion"] = conflict.Theirs.Version?.ToString("N") };
                throw error;
            default:
                throw outcome.Refusal!.Error();
        }
    }

    public async Task<AssessmentsReleased> ReleaseAsync(ReleaseAssessmentsInput input)
    {
        if (caller.Person is null)
        {
            throw TokensDoNotRelease.Error();
        }

        var (scope, viewer) = Succeeded(await actor.AssessmentAsync(caller, Decode(GlobalIdKind.Assignment, input.AssignmentId, GradingActor.NoAssignment), Cancellation));
        var students = input.StudentIds?.Select(id => Decode(GlobalIdKind.Person, id, NoStudent)).ToList();
        var released = Succeeded(await release.ReleaseAsync(scope, viewer, students, Cancellation));
        return new AssessmentsReleased(released.Grades.StudentNames.Count, released.LeftAsDrafts, released.Grades.Column, AssignmentNode.Of(scope.Launch.Assignment));
    }

    // Releasing is the teacher's judgement that marks are ready for students and the gradebook; a district system prepares drafts.
    private static readonly Refusal TokensDoNotRelease = Refusal.Forbidden(
        "Marks reach students and the LMS gradebook when a teacher of the course releases them; an API token may save draft marks for the teacher to review and release.");

    private static readonly Refusal NoStudent = Refusal.NotFound("That student is not in this course.");

    /// <summary>The marks as the page's autosave sends them (SelectionsJson), for the same reader and rules.</summary>
    private static JsonObject Marks(SaveAssessmentInput input)
    {
        var items = new JsonArray();
        foreach (var mark in input.Marks)
        {
            var item = new JsonObject { ["criterion"] = mark.Criterion };
            Add(item, "level", mark.Level);
            Add(item, "points", mark.Points);
            Add(item, "band", mark.Band);
            Add(item, "mark", mark.Mark);
            Add(item, "outcome", mark.Outcome);
            Add(item, "comment", mark.Comment);
            items.Add(item);
        }

        var marks = new JsonObject { ["items"] = items };
        Add(marks, "overallComment", input.OverallComment);
        return marks;
    }

    private static void Add<T>(JsonObject item, string name, T? value)
    {
        if (value is not null)
        {
            item[name] = JsonValue.Create(value);
        }
    }

    private Guid Decode(GlobalIdKind kind, string id, Refusal notFound) => ids.Decode(kind, id) ?? throw notFound.Error();

    private static T Succeeded<T>(Outcome<T> outcome) => outcome.Succeeded ? outcome.Value : throw outcome.Refusal.Error();

    private static ExecutionError Problems(string headline, IEnumerable<Problem> problems)
    {
        var sentences = problems.Select(p => p.ToString()).ToList();
        var error = Refusal.Invalid(string.Join(" ", [headline, .. sentences])).Error();
        error.Extensions = new Dictionary<string, object?> { ["problems"] = sentences };
        return error;
    }
}
