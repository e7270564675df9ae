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
    private BatchLoader<Guid, SubmissionNode>? submissionsById;
    private BatchLoader<Guid, RubricNode>? rubricsById;
    private BatchLoader<Guid, AssessmentNode>? assessmentsById;

    public IDataLoaderResult<Connection<AssignmentNode>?> Assignments(IResolveFieldContext context, Guid courseId, Page page) =>
        (assignmentPages ??= new((ids, p, ct) => FetchAssignmentsAsync(For(context), ids, p, ct))).Load(courseId, page);

    public IDataLoaderResult<AssignmentNode?> Assignment(IResolveFieldContext context, Guid id) =>
        (assignmentsById ??= new(async (ids, ct) => (await db.Assignments(For(context)).AsNoTracking().Where(a => ids.Contains(a.Id))
            .ToListAsync(ct)).ToDictionary(a => a.Id, AssignmentNode.Of))).Load(id);

    public IDataLoaderResult<SubmissionNode?> Submission(IResolveFieldContext context, Guid id) =>
        (submissionsById ??= new(async (ids, ct) => await NodesAsync(db.Submissions(For(context)).Where(s => ids.Contains(s.Id)), ct))).Load(id);

    public IDataLoaderResult<RubricNode?> Rubric(IResolveFieldContext context, Guid id) =>
        (rubricsById ??= new((ids, ct) => rubrics.ByIdAsync(For(context), ids, ct))).Load(id);

    public IDataLoaderResult<AssessmentNode?> Assessment(IResolveFieldContext context, Guid id) =>
        (assessmentsById ??= new((ids, ct) => assessments.ByIdAsync(For(context), ids, ct))).Load(id);

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
                Page = visible.Where(a => a.CourseId == c.Id).OrderBy(a => a.Title).ThenBy(a => a.Id)
                    .Skip(page.Offset).Take(page.Size + 1)
                    .Select(a => new AssignmentNode(a.Id, a.CourseId, a.Title, a.Instructions, a.SubmissionTypes, a.PointsPossible, a.DueAt, a.CreatedAt))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Id, row => Connections.Of(page, row.Page, row.Total));
    }

    private async Task<IReadOnlyDictionary<Guid, Connection<SubmissionNode>>> FetchSubmissionsAsync(
        GraphQLCaller asking, IReadOnlyCollection<Guid> assignmentIds, Page page, CancellationToken cancellationToken)
    {
        var keys = await db.Submissions(asking).AsNoTracking().Where(s => assignmentIds.Contains(s.AssignmentId))
            .Join(db.Users, s => s.StudentUserId, u => u.Id, (s, u) => new { s.AssignmentId, s.Id, u.Name, StudentId = u.Id, s.Attempt })
            .OrderBy(x => x.Name).ThenBy(x => x.StudentId).ThenBy(x => x.Attempt).ThenBy(x => x.Id)
            .ToListAsync(cancellationToken);
        var pages = ParentPages.Cut(keys, k => k.AssignmentId, page);
        var wanted = pages.Values.SelectMany(p => p.RowsPlusOne.Select(k => k.Id)).ToList();
        var nodes = await NodesAsync(db.Submissions.Where(s => wanted.Contains(s.Id)), cancellationToken);
        return assignmentIds.ToDictionary(id => id, id => pages.TryGetValue(id, out var p)
            ? Connections.Of(page, p.RowsPlusOne.Select(k => nodes[k.Id]).ToList(), p.Total)
            : Connections.Of(page, Array.Empty<SubmissionNode>(), 0));
    }

    private async Task<IReadOnlyDictionary<Guid, SubmissionNode>> NodesAsync(IQueryable<Submission> submissions, CancellationToken cancellationToken) =>
        await submissions.AsNoTracking()
            .Join(db.Users, s => s.StudentUserId, u => u.Id, (s, u) => new SubmissionNode(
                s.Id, new PersonNode(u.Id, u.Name, u.GivenName, u.FamilyName), s.Status, s.Attempt, s.EssayMarkdown.Trim() != "", s.LinkUrl != null,
                s.WordCount, s.IsLate, s.CreatedAt, s.UpdatedAt, s.SubmittedAt, s.WithdrawnAt,
                s.Files.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id)
                    .Select(f => new SubmissionFileNode(f.Id, f.Role, f.Part, f.OriginalName, f.MediaType, f.Size, f.DurationSeconds)).ToList()))
            .ToDictionaryAsync(n => n.Id, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, Connection<GradeDeliveryNode>>> FetchDeliveriesAsync(
        GraphQLCaller asking, IReadOnlyCollection<Guid> assignmentIds, Page page, CancellationToken cancellationToken)
    {
        var keys = await db.Deliveries(asking).AsNoTracking().Where(e => e.AssignmentId != null && assignmentIds.Contains(e.AssignmentId.Value))
            .OrderByDescending(e => e.Timestamp).ThenBy(e => e.Id)
            .Select(e => new { AssignmentId = e.AssignmentId!.Value, e.Id })
            .ToListAsync(cancellationToken);
        var pages = ParentPages.Cut(keys, k => k.AssignmentId, page);
        var wanted = pages.Values.SelectMany(p => p.RowsPlusOne.Select(k => k.Id)).ToList();
        var nodes = await db.ScoreOutbox.AsNoTracking().Where(e => wanted.Contains(e.Id))
            .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new
            {
                e.Id,
                Node = new GradeDeliveryNode(
                    new PersonNode(u.Id, u.Name, u.GivenName, u.FamilyName), e.Status, e.LastError, e.LastStatusCode, e.Attempts, e.ScoreGiven,
                    e.ScoreMaximum, e.GradingProgress, e.CreatedAt, e.SentAt, e.NextAttemptAt),
            })
            .ToDictionaryAsync(n => n.Id, n => n.Node, cancellationToken);
        return assignmentIds.ToDictionary(id => id, id => pages.TryGetValue(id, out var p)
            ? Connections.Of(page, p.RowsPlusOne.Select(k => nodes[k.Id]).ToList(), p.Total)
            : Connections.Of(page, Array.Empty<GradeDeliveryNode>(), 0));
    }

    private GraphQLCaller For(IResolveFieldContext context)
    {
        var asking = ToolUserContext.CallerOf(context);
        return (caller ??= asking) == asking ? asking : throw new InvalidOperationException("One request has one caller.");
    }
}
