using System.Runtime.CompilerServices;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

/// <summary>
/// Issue 11, finding 9 on every provider: a draft stored when a submission had one type (the last part touched) keeps
/// every part after the SubmissionParts migration, each file in the part it was made for.
/// </summary>
public abstract class DraftUpgradeTests
{
    private static readonly DateTime Now = new(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc);

    protected abstract PathwaysDbContext NewContext();

    [Fact]
    public async Task Saved_work_never_vanishes_a_draft_of_one_type_keeps_its_essay_recordings_and_file_after_the_upgrade()
    {
        var (submission, recording) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var before = NewContext())
        {
            var migrations = before.Database.GetMigrations().ToList();
            await before.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_SubmissionParts", StringComparison.Ordinal)) - 1]);
            var (course, assignment, student) = await SeedAsync(before);

            // As today's code left it: an essay, then a recording, then a PDF, so the draft's one type says File.
            await InsertAsync(before, "Submissions", ("Id", submission), ("AssignmentId", assignment.Id), ("CourseId", course.Id),
                ("StudentUserId", student.Id), ("Attempt", 1), ("Status", "Draft"), ("Type", "File"), ("EssayMarkdown", "My garden essay."),
                ("EssayHtml", "<p>My garden essay.</p>"), ("WordCount", 3), ("CreatedAt", Now), ("UpdatedAt", Now), ("IsLate", false));
            var interview = Guid.NewGuid();
            var pdf = Guid.NewGuid();
            foreach (var (id, type, name, role, from) in new[]
                     {
                         (recording, "video/webm", "recording.webm", "Original", (Guid?)null),
                         (Guid.NewGuid(), "image/jpeg", "poster.jpg", "Poster", recording),
                         (interview, "video/mp4", "interview.mp4", "Original", null),
                         (pdf, "application/pdf", "portfolio.pdf", "Original", null),
                     })
            {
                await InsertAsync(before, "SubmissionFiles", ("Id", id), ("SubmissionId", submission), ("Role", role), ("DerivedFromFileId", from),
                    ("Sha256", new string('a', 64)), ("Size", 1000L), ("MediaType", type), ("OriginalName", name), ("StorageKey", "blobs/" + id),
                    ("CreatedAt", Now));
            }

            // The recording's and the PDF's uploads are on record; the interview's is not, so its media type decides.
            foreach (var (file, purpose) in new[] { (recording, "Video"), (pdf, "File") })
            {
                await InsertAsync(before, "UploadSessions", ("Id", Guid.NewGuid()), ("RegistrationId", Guid.NewGuid()), ("CourseId", course.Id),
                    ("AssignmentId", assignment.Id), ("OwnerUserId", student.Id), ("Purpose", purpose), ("MaxLength", 1000L), ("Offset", 1000L),
                    ("OriginalName", "upload"), ("Status", "Completed"), ("SubmissionFileId", file), ("CreatedAt", Now), ("ExpiresAt", Now));
            }
        }

        await using (var upgrade = NewContext())
        {
            await upgrade.Database.MigrateAsync();
        }

        await using var after = NewContext();
        var draft = await after.Submissions.Include(s => s.Files).AsNoTracking().SingleAsync(s => s.Id == submission);
        Assert.Equal("My garden essay.", draft.EssayMarkdown);
        Assert.Equal(
            [("interview.mp4", SubmissionType.Video), ("portfolio.pdf", SubmissionType.File), ("poster.jpg", SubmissionType.Video), ("recording.webm", SubmissionType.Video)],
            draft.Files.OrderBy(f => f.OriginalName, StringComparer.Ordinal).Select(f => (f.OriginalName, f.Part)));
    }

    private static async Task<(Course, Assignment, LtiUser)> SeedAsync(PathwaysDbContext db)
    {
        var registration = new PlatformRegistration
        {
            Issuer = "https://lms.example.org", ClientId = "client-1", AuthorizationEndpoint = "https://lms.example.org/auth",
            TokenEndpoint = "https://lms.example.org/token", JwksUri = "https://lms.example.org/jwks", CreatedAt = Now,
        };
        db.Add(registration);
        await db.SaveChangesAsync();

        // Deployments gained a column after SubmissionParts, so this row is written in the columns of its time.
        var deploymentId = Guid.NewGuid();
        await InsertAsync(db, "PlatformDeployments", ("Id", deploymentId), ("RegistrationId", registration.Id), ("DeploymentId", "1"));
        var course = new Course { DeploymentId = deploymentId, ContextId = "course-1", Title = "Horticulture" };
        var assignment = new Assignment { CourseId = course.Id, Title = "Garden project", SubmissionTypes = "essay,video,file", CreatedAt = Now };
        var student = new LtiUser { RegistrationId = registration.Id, Subject = "student-1", Name = "Jordan Lee" };
        db.AddRange(course, assignment, student);
        await db.SaveChangesAsync();
        return (course, assignment, student);
    }

    /// <summary>A row in the columns of the schema before the upgrade, which the current model no longer describes.</summary>
    private static Task<int> InsertAsync(PathwaysDbContext db, string table, params (string Column, object? Value)[] values)
    {
        var columns = string.Join(", ", values.Select(v => $"\"{v.Column}\""));
        var parameters = string.Join(", ", values.Select((_, i) => $"{{{i}}}"));
        // Names come from the test itself; every value travels as a parameter.
        return db.Database.ExecuteSqlAsync(
            FormattableStringFactory.Create($"INSERT INTO \"{table}\" ({columns}) VALUES ({parameters})", values.Select(v => v.Value).ToArray()));
    }
}
