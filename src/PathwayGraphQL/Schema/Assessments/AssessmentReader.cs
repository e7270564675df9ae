using GraphQL.Types.Relay.DataObjects;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assessments.Release;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Grading;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using LtiPathways.PathwayGraphQL.Schema.People;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;
using ModerationRecord = LtiPathways.PathwayGraphQL.Data.Rubrics.ModerationRecord;

namespace LtiPathways.PathwayGraphQL.Schema.Assessments;

/// <summary>
/// Pages of assessments for many assignments: one statement for the pages, one for the rubric versions they were marked on,
/// one for the released snapshots a student or mentor sees, one for moderation records; scored as the marking page scores.
/// </summary>
public sealed class AssessmentReader(PathwaysDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, Connection<AssessmentNode>>> PagesAsync(
        GraphQLCaller caller, IReadOnlyCollection<Guid> assignmentIds, Page page, CancellationToken cancellationToken)
    {
        var keys = await db.Assessments(caller).AsNoTracking().Where(r => assignmentIds.Contains(r.AssignmentId))
            .Join(db.Users, r => r.StudentUserId, u => u.Id, (r, u) => new { r.AssignmentId, r.Id, u.Name, StudentId = u.Id, r.Kind })
            .OrderBy(x => x.Name).ThenBy(x => x.StudentId).ThenBy(x => x.Kind).ThenBy(x => x.Id)
            .ToListAsync(cancellationToken);
        var pages = ParentPages.Cut(keys, k => k.AssignmentId, page);
        var nodes = await ByIdAsync(caller, pages.Values.SelectMany(p => p.RowsPlusOne.Select(k => k.Id)).ToList(), cancellationToken);
        return assignmentIds.ToDictionary(id => id, id => pages.TryGetValue(id, out var p)
            ? Connections.Of(page, p.RowsPlusOne.Select(k => nodes[k.Id]).ToList(), p.Total)
            : Connections.Of(page, Array.Empty<AssessmentNode>(), 0));
    }

    /// <summary>Assessments by id, if the caller may see them (a mutation's answer, or a node).</summary>
    public async Task<IReadOnlyDictionary<Guid, AssessmentNode>> ByIdAsync(
        GraphQLCaller caller, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var staff = db.StaffCourses(caller);
        var rows = await db.Assessments(caller).AsNoTracking().Where(r => ids.Contains(r.Id))
            .Join(db.Users, r => r.StudentUserId, u => u.Id, (r, u) => new { Assessment = r, Student = u })
            .Join(db.Assignments, x => x.Assessment.AssignmentId, a => a.Id, (x, a) => new Row(
                x.Assessment, new PersonNode(x.Student.Id, x.Student.Name, x.Student.GivenName, x.Student.FamilyName), a.PointsPossible,
                staff.Contains(a.CourseId)))
            .ToListAsync(cancellationToken);
        return await NodesAsync(rows, cancellationToken);
    }

    private sealed record Row(RubricAssessment Assessment, PersonNode Student, decimal? PointsPossible, bool Staff);

    private async Task<Dictionary<Guid, AssessmentNode>> NodesAsync(IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var all = rows.Select(row => row.Assessment).ToList();
        var versions = await VersionsAsync(all, cancellationToken);
        var snapshots = await ReleasedSnapshotsAsync(rows.Where(row => !row.Staff).Select(row => row.Assessment), cancellationToken);
        var moderations = await ModerationsAsync(all, cancellationToken);
        return rows.ToDictionary(row => row.Assessment.Id, row => Node(row.Assessment, row.Student,
            row.PointsPossible is { } max and > 0 ? max : 100m,
            versions.GetValueOrDefault((row.Assessment.RubricId, row.Assessment.RubricVersionNumber)),
            row.Staff ? null : snapshots.GetValueOrDefault(row.Assessment.Id),
            moderations.GetValueOrDefault(row.Assessment.Id) is { } record ? Moderation(record, row.Staff) : null));
    }

    private static AssessmentNode Node(
        RubricAssessment stored, PersonNode student, decimal scoreMaximum, RubricVersion? version, AssessmentHistoryEntry? snapshot,
        ModerationNode? moderation)
    {
        // A student or mentor sees what was released, not marks changed since (the student's page shows the same snapshot).
        var marks = snapshot is null ? stored : new RubricAssessment
        {
            SelectionsJson = snapshot.SelectionsJson, OverallComment = snapshot.OverallComment, AveragedTotal = stored.AveragedTotal,
        };
        var selections = AssessmentMarks.Selections(marks);
        var score = version is null ? null : AssessmentMarks.Score(marks, version, scoreMaximum);
        var criteria = version is null ? [] : RubricScorer.Score(version, selections, scoreMaximum).Value?.Criteria.ToList() ?? [];
        return new AssessmentNode(stored.Id, student, stored.Kind, snapshot is null ? stored.Status : AssessmentStatus.Released,
            snapshot?.SavedAt ?? stored.ReleasedAt, snapshot?.SavedAt ?? stored.UpdatedAt, stored.Version, stored.RubricVersionNumber,
            selections, score, criteria, moderation);
    }

    private static ModerationNode Moderation(ModerationRecord record, bool staff) =>
        new(record.Choice, record.TotalA, record.TotalB, record.FinalTotal, staff ? record.Reason : null, record.DecidedAt);

    private async Task<Dictionary<(Guid, int), RubricVersion>> VersionsAsync(IReadOnlyList<RubricAssessment> assessments, CancellationToken cancellationToken)
    {
        var rubricIds = assessments.Select(a => a.RubricId).Distinct().ToList();
        var rows = await db.RubricVersions.AsNoTracking().Where(v => rubricIds.Contains(v.RubricId))
            .Select(v => new { v.RubricId, v.Number, v.Json }).ToListAsync(cancellationToken);
        return rows.Where(v => assessments.Any(a => a.RubricId == v.RubricId && a.RubricVersionNumber == v.Number))
            .Select(v => (Key: (v.RubricId, v.Number), Version: RubricJson.Read(v.Json).Value?.Current))
            .Where(v => v.Version is not null)
            .ToDictionary(v => v.Key, v => v.Version!);
    }

    private async Task<Dictionary<Guid, AssessmentHistoryEntry>> ReleasedSnapshotsAsync(
        IEnumerable<RubricAssessment> assessments, CancellationToken cancellationToken)
    {
        var ids = assessments.Where(a => a.ReleasedAt != null).Select(a => a.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var entries = await db.AssessmentHistory.AsNoTracking()
            .Where(h => ids.Contains(h.AssessmentId) && h.Reason == AssessmentRelease.ReleasedReason).ToListAsync(cancellationToken);
        return entries.GroupBy(h => h.AssessmentId).ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.SavedAt).First());
    }

    private async Task<Dictionary<Guid, ModerationRecord>> ModerationsAsync(IReadOnlyList<RubricAssessment> assessments, CancellationToken cancellationToken)
    {
        var ids = assessments.Where(a => a.Kind == AssessmentKind.Moderated).Select(a => a.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var records = await db.ModerationRecords.AsNoTracking().Where(m => ids.Contains(m.FinalAssessmentId)).ToListAsync(cancellationToken);
        return records.GroupBy(m => m.FinalAssessmentId).ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.DecidedAt).First());
    }
}
