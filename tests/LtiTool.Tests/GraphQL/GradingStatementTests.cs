using LtiPathways.LtiTool.Tests.Assessments;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// A district's "grades of an assignment" (the README's query) over a whole class: every submission, marking and delivery
/// is read by batch loaders, so the SQL statements stay the same whether the class has three students or sixty.
/// </summary>
public sealed class GradingStatementTests : IAsyncLifetime, IDisposable
{
    private const string Grades = """
        query($id: ID!) { node(id: $id) { ... on Assignment { title
            submissions(first: 100) { totalCount edges { node { id student { name } state } } }
            assessments(first: 100) { totalCount edges { node { id student { name } releaseState total } } }
            gradeDeliveries(first: 100) { totalCount } } } }
        """;


    private GradingScenario scenario = default!;

    public async Task InitializeAsync() => scenario = await GradingScenario.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task An_assignments_submissions_and_marks_take_as_many_statements_for_sixty_students_as_for_three()
    {
        var teacher = await scenario.SessionAsync("teacher");
        var jordan = await scenario.UserIdAsync("student");
        await scenario.SubmissionAsync(jordan, SubmissionStatus.Submitted, withFile: true);
        await scenario.Marking.DraftAsync(teacher, jordan, null, AssessmentHarness.GoodMarks());
        var token = await scenario.TokenAsync();
        var assignment = await scenario.AssignmentIdAsync(token);
        await AddStudentsAsync(jordan, 2);
        var few = await StatementsAsync(token, assignment, expected: 3);

        await AddStudentsAsync(jordan, 57);
        var many = await StatementsAsync(token, assignment, expected: 60);

        Assert.Equal(few, many);
        Assert.InRange(many, 1, 15);
    }

    private async Task<int> StatementsAsync(string token, string assignmentId, int expected)
    {
        using var statements = new SqlStatementCount(scenario.Api.Factory.Folder);
        var answer = await scenario.PostAsync(token, Grades, new { id = assignmentId });
        var counted = statements.Value;

        Assert.True(answer.Errors is null, answer.Text);
        var assignment = answer.Data!["node"]!;
        Assert.Equal(expected, assignment["submissions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected, assignment["assessments"]!["totalCount"]!.GetValue<int>());
        Assert.All(assignment["assessments"]!["edges"]!.AsArray(), edge => Assert.Equal(20m, edge!["node"]!["total"]!.GetValue<decimal>()));
        return counted;
    }

    /// <summary>Students of the course, each with handed-in work and a copy of Jordan's marking.</summary>
    private Task<int> AddStudentsAsync(Guid jordan, int count) => scenario.Marking.QueryAsync(async db =>
    {
        var marked = await db.RubricAssessments.AsNoTracking().SingleAsync(a => a.StudentUserId == jordan);
        var work = await db.Submissions.AsNoTracking().Include(s => s.Files).FirstAsync(s => s.StudentUserId == marked.StudentUserId);
        var registration = await db.Users.Where(u => u.Id == marked.StudentUserId).Select(u => u.RegistrationId).SingleAsync();
        for (var i = 0; i < count; i++)
        {
            var student = new LtiUser { RegistrationId = registration, Subject = Guid.NewGuid().ToString(), Name = $"Student {Guid.NewGuid():N}" };
            db.Users.Add(student);
            db.Memberships.Add(new CourseMembership { CourseId = work.CourseId, UserId = student.Id, Role = CourseRole.Student });
            var submission = new Submission
            {
                AssignmentId = work.AssignmentId, CourseId = work.CourseId, StudentUserId = student.Id, Status = SubmissionStatus.Submitted,
                EssayMarkdown = work.EssayMarkdown, WordCount = work.WordCount, CreatedAt = work.CreatedAt, UpdatedAt = work.UpdatedAt, SubmittedAt = work.SubmittedAt,
            };
            submission.Files.AddRange(work.Files.Select(f => new SubmissionFile
            {
                Sha256 = f.Sha256, MediaType = f.MediaType, Part = f.Part, OriginalName = f.OriginalName, StorageKey = f.StorageKey + i,
                Size = f.Size, DurationSeconds = f.DurationSeconds, CreatedAt = f.CreatedAt,
            }));
            db.Submissions.Add(submission);
            db.RubricAssessments.Add(new RubricAssessment
            {
                AssignmentId = marked.AssignmentId, StudentUserId = student.Id, Kind = marked.Kind, AssessorKey = marked.AssessorKey,
                MarkerUserId = marked.MarkerUserId, RubricId = marked.RubricId, RubricVersionNumber = marked.RubricVersionNumber,
                SelectionsJson = marked.SelectionsJson, OverallComment = marked.OverallComment, Status = marked.Status, UpdatedAt = marked.UpdatedAt,
            });
        }

        return await db.SaveChangesAsync();
    });
}
