using LtiPathways.LtiTool.Tests.Assessments;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Api;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// The marking tests' assignment (the sandbox course's assessed work, marked with the CTE employability rubric) asked
/// about through /graphql: page sessions from launches of its link, and API tokens of either institution.
/// </summary>
public sealed class GradingScenario : IDisposable
{
    private GradingScenario(GraphQLHarness api, AssessmentHarness marking) => (Api, Marking) = (api, marking);

    public GraphQLHarness Api { get; }

    public AssessmentHarness Marking { get; }

    public AgsScenario Ags => Marking.Scenario;

    public static async Task<GradingScenario> StartAsync(ToolFactory? factory = null)
    {
        var api = new GraphQLHarness(factory);
        return new GradingScenario(api, await AssessmentHarness.StartAsync(api.Factory));
    }

    /// <summary>A page session from a launch of the assignment's link as one of the sandbox course's people.</summary>
    public Task<string> SessionAsync(string person) => Ags.LaunchAsync(person);

    public Task<string> TokenAsync(ApiTokenScope scope = ApiTokenScope.Read) => Api.ApiTokenAsync(scope: scope);

    public Task<HttpAnswer> PostAsync(string token, string query, object? variables = null) => Api.PostAsync(token, query, variables);

    public Task<Guid> UserIdAsync(string person) => Ags.UserIdAsync(Sandbox.SandboxCourse.Find(person)?.Subject ?? person);

    /// <summary>A roster student of the course other than the sandbox's own: Amara Abebe, say.</summary>
    public Task<Guid> RosterStudentAsync(string name) => Marking.QueryAsync(db => db.Users.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    public async Task<string> AssignmentIdAsync(string token)
    {
        var answer = await PostAsync(token, "{ courses(first: 5) { edges { node { assignments { edges { node { id title } } } } } } }");
        Assert.True(answer.Errors is null, answer.Text);
        return answer.Data!["courses"]!["edges"]!.AsArray().SelectMany(c => c!["node"]!["assignments"]!["edges"]!.AsArray())
            .Single()!["node"]!["id"]!.GetValue<string>();
    }

    /// <summary>Puts an attempt straight into the database, with a file row when asked (its bytes are not stored).</summary>
    public Task<Guid> SubmissionAsync(Guid student, SubmissionStatus status, string essay = "My reflection.", bool withFile = false) =>
        Marking.QueryAsync(async db =>
        {
            var assignment = await db.Assignments.SingleAsync(a => a.Kind == AssignmentKind.AssessedWork);
            var submission = new Submission
            {
                AssignmentId = assignment.Id, CourseId = assignment.CourseId, StudentUserId = student, Status = status, EssayMarkdown = essay,
                WordCount = essay.Split(' ').Length, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                SubmittedAt = status == SubmissionStatus.Submitted ? DateTime.UtcNow : null,
            };
            if (withFile)
            {
                submission.Files.Add(new SubmissionFile
                {
                    Sha256 = new string('a', 64), MediaType = "video/mp4", Part = SubmissionType.Video, OriginalName = "lathe.mp4",
                    StorageKey = "missing/" + Guid.NewGuid().ToString("N"), Size = 1234, DurationSeconds = 12.5, CreatedAt = DateTime.UtcNow,
                });
            }

            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return submission.Id;
        });

    public void Dispose()
    {
        Marking.Dispose();
        Api.Dispose();
    }
}
