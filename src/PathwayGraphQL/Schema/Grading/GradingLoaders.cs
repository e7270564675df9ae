using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types.Relay.DataObjects;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Schema.Assessments;
using LtiPathways.PathwayGraphQL.Schema.Assignments;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using LtiPathways.PathwayGraphQL.Schema.People;
using LtiPathways.PathwayGraphQL.Schema.Rubrics;
using LtiPathways.PathwayGraphQL.Schema.Submissions;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

/// <summary>
/// The grading lists of one request, each page of each list read for all its parents at once (one statement per page shape,
/// a few more where marks are scored), always through <see cref="GradingScope"/> for the request's one caller.
/// </summary>
public sealed class GradingLoaders(PathwaysDbContext db, AssessmentReader assessments, RubricReader rubrics)
{
    private GraphQLCaller? caller;
    private PagedLoaders<Connection<AssignmentNode>>? assignmentPages;
    private PagedLoaders<Connection<SubmissionNode>>? submissionPages;
    private PagedLoaders<Connection<AssessmentNode>>? assessmentPages;
    private PagedLoaders<Connection<GradeDeliveryNode>>? deliveryPages;
    private PagedLoaders<Connection<RubricNode>>? rubricPages;
    private BatchLoader<Guid, AssignmentNode>? assignmentsById;
    private BatchLoader<Guid, IReadOnlyList<RubricVersion>>? versions;

    public IDataLoaderResult<Connection<AssignmentNode>?> Assignments(IResolveFieldContext context, Guid courseId, Page page) =>
        (assignmentPages ??= new((ids, p, ct) => FetchAssignmentsAsync(For(context), ids, p, ct))).Load(courseId, page);

    public IDataLoaderResult<AssignmentNode?> Assignment(IResolveFieldContext context, Guid id) =>
        (assignmentsById ??= new(async (ids, ct) => await AssignmentNodes(db.Assignments(For(context)).Where(a => ids.Contains(a.Id)))
            .ToDictionaryAsync(a => a.Id, ct))).Load(id);

    public IDataLoaderResult<Connection<SubmissionNode>?> Submissions(IResolveFieldContext context, Guid assignmentId, Page page) =>
        (submissionPages ??= new((ids, p, ct) => FetchSubmissionsAsync(For(context), ids, p, ct))).Load(assignmentId, page);

    public IDataLoaderResult<Connection<AssessmentNode>?> Assessments(IResolveFieldContext context, Guid assignmentId, Page page) =>
        (assessmentPages ??= new((ids, p, ct) => assessments.PagesAsync(For(context), ids, p, ct))).Load(assignmentId, page);

    public IDataLoaderResult<Connection<GradeDeliveryNode>?> Deliveries(IResolveFieldContext context, Guid assignmentId, Page page) =>
        (deliveryPages ??= new((ids, p, ct) => FetchDeliveriesAsync(For(context), ids, p, ct))).Load(assignmentId, page);

    public IDataLoaderResult<Connection<RubricNode>?> Rubrics(IResolveFieldContext context, Guid courseId, Page page) =>
        (rubricPages ??= new((ids, p, ct) => rubrics.PagesAsync(For(context), ids, p, ct))).Load(courseId, page);

    public IDataLoaderResult<IReadOnlyList<RubricVersion>?> Versions(Guid rubricId) =>
        (versions ??= new(rubrics.VersionsAsync)).Load(rubricId);

    private async Task<IReadOnlyDictionary<Guid, Connection<AssignmentNode>>> FetchAssignmentsAsync(
        GraphQLCaller asking, IReadOnlyCollection<Guid> courseIds, Page page, CancellationToken cancellationToken)
    {
        var visible = db.Assignments(asking);
        var rows = await db.Courses(asking).AsNoTracking().Where(c => courseIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Total = visible.Count(a => a.CourseId == c.Id),
                Page = AssignmentNodes(visible.Where(a => a.CourseId == c.Id).OrderBy(a => a.Title).ThenBy(a => a.Id)
                    .Skip(page.Offset).Take(page.Size + 1)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Id, row => Connections.Of(page, row.Page, row.Total));
    }

    private static IQueryable<AssignmentNode> AssignmentNodes(IQueryable<Data.Assignments.Assignment> assignments) =>
        assignments.Select(a => new AssignmentNode(a.Id, a.CourseId, a.Title, a.Instructions, a.SubmissionTypes, a.PointsPossible, a.DueAt, a.CreatedAt));

    private async Task<IReadOnlyDictionary<Guid, Connection<SubmissionNode>>> FetchSubmissionsAsync(
        GraphQLCaller asking, IReadOnlyCollection<Guid> assignmentIds, Page page, CancellationToken cancellationToken)
    {
        var visible = db.Submissions(asking);
        var rows = await db.Assignments.AsNoTracking().Where(a => assignmentIds.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                Total = visible.Count(s => s.AssignmentId == a.Id),
                Page = visible.Where(s => s.AssignmentId == a.Id)
                    .Join(db.Users, s => s.StudentUserId, u => u.Id, (s, u) => new { Submission = s, Student = u })
                    .OrderBy(x => x.Student.Name).ThenBy(x => x.Student.Id).ThenBy(x => x.Submission.Attempt)
                    .Skip(page.Offset).Take(page.Size + 1)
                    .Select(x => new SubmissionNode(
                        x.Submission.Id, new PersonNode(x.Student.Id, x.Student.Name, x.Student.GivenName, x.Student.FamilyName),
                        x.Submission.Status, x.Submission.Attempt, x.Submission.EssayMarkdown.Trim() != "", x.Submission.LinkUrl != null,
                        x.Submission.WordCount, x.Submission.IsLate, x.Submission.CreatedAt, x.Submission.UpdatedAt, x.Submission.SubmittedAt,
                        x.Submission.WithdrawnAt,
                        x.Submission.Files.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id)
                            .Select(f => new SubmissionFileNode(f.Id, f.Role, f.Part, f.OriginalName, f.MediaType, f.Size, f.DurationSeconds))
                            .ToList()))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Id, row => Connections.Of(page, row.Page, row.Total));
    }

    private async Task<IReadOnlyDictionary<Guid, Connection<GradeDeliveryNode>>> FetchDeliveriesAsync(
        GraphQLCaller asking, IReadOnlyCollection<Guid> assignmentIds, Page page, CancellationToken cancellationToken)
    {
        var visible = db.Deliveries(asking);
        var rows = await db.Assignments.AsNoTracking().Where(a => assignmentIds.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                Total = visible.Count(e => e.AssignmentId == a.Id),
                Page = visible.Where(e => e.AssignmentId == a.Id)
                    .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new { Score = e, Student = u })
                    .OrderByDescending(x => x.Score.Timestamp).ThenBy(x => x.Score.Id)
                    .Skip(page.Offset).Take(page.Size + 1)
                    .Select(x => new GradeDeliveryNode(
                        new PersonNode(x.Student.Id, x.Student.Name, x.Student.GivenName, x.Student.FamilyName), x.Score.Status,
                        x.Score.LastError, x.Score.LastStatusCode, x.Score.Attempts, x.Score.ScoreGiven, x.Score.ScoreMaximum,
                        x.Score.GradingProgress, x.Score.CreatedAt, x.Score.SentAt, x.Score.NextAttemptAt))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Id, row => Connections.Of(page, row.Page, row.Total));
    }

    private GraphQLCaller For(IResolveFieldContext context)
    {
        var asking = ToolUserContext.CallerOf(context);
        return (caller ??= asking) == asking ? asking : throw new InvalidOperationException("One request has one caller.");
    }
}
