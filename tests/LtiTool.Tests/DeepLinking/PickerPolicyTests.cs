using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.DeepLinking;

/// <summary>The picker's attempts, limits, late-work and withdraw fields, saved as the assignment's submission policy.</summary>
public sealed class PickerPolicyTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private LaunchDriver driver = default!;

    public async Task InitializeAsync()
    {
        driver = new LaunchDriver(factory);
        await driver.RegisterSandboxAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        driver.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task The_picker_offers_the_policy_fields_with_the_defaults_filled_in()
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver);

        Assert.Contains("id=\"attempts\" name=\"attempts\" inputmode=\"numeric\" value=\"3\"", picker, StringComparison.Ordinal);
        Assert.Matches("id=\"allow_withdraw\" name=\"allow_withdraw\" checked", picker);
        Assert.DoesNotMatch("id=\"accept_late\" name=\"accept_late\" checked", picker);
        foreach (var field in new[] { "min_words", "max_words", "max_minutes", "max_megabytes", "late_until" })
        {
            Assert.Contains($"name=\"{field}\"", picker, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_teachers_limits_are_saved_as_the_assignments_submission_policy()
    {
        var fields = new Dictionary<string, string>(DeepLinkingFlow.AssessedFields)
        {
            ["submission_types"] = "essay|video|file", ["attempts"] = "2", ["min_words"] = "300", ["max_words"] = "1,500",
            ["max_minutes"] = "2.5", ["max_megabytes"] = "100", ["accept_late"] = "on", ["late_until"] = "2030-05-08T17:00",
        };
        fields.Remove("allow_withdraw");

        await DeepLinkingFlow.PlaceAsync(driver, fields);

        var assignment = await QueryAsync(db => db.Assignments.SingleAsync());
        var policy = await QueryAsync(db => db.SubmissionPolicies.SingleAsync());
        Assert.Equal("essay,video,file", assignment.SubmissionTypes);
        Assert.Equal(assignment.Id, policy.AssignmentId);
        Assert.Equal((2, 300, 1500, 150, 100L * 1024 * 1024), (policy.AttemptsAllowed, policy.MinWords, policy.MaxWords, policy.MaxDurationSeconds, policy.MaxFileBytes));
        Assert.True(policy.AllowLate);
        Assert.Equal(new DateTime(2030, 5, 8, 17, 0, 0, DateTimeKind.Utc), policy.LateUntil);
        Assert.False(policy.AllowWithdraw);
    }

    [Fact]
    public async Task Empty_limits_are_stored_as_no_limit()
    {
        await DeepLinkingFlow.PlaceAsync(driver);

        var policy = await QueryAsync(db => db.SubmissionPolicies.SingleAsync());
        Assert.Equal((3, null, null, null, null), (policy.AttemptsAllowed, policy.MinWords, policy.MaxWords, policy.MaxDurationSeconds, policy.MaxFileBytes));
        Assert.Equal((false, null, true), (policy.AllowLate, policy.LateUntil, policy.AllowWithdraw));
    }

    [Theory]
    [InlineData("attempts=0", "attempts", "Allow at least 1 attempt")]
    [InlineData("attempts=", "attempts", "Enter how many attempts each student has")]
    [InlineData("attempts=many", "attempts", "as a whole number, such as 3")]
    [InlineData("min_words=1500&max_words=300", "min_words", "The minimum word count (1,500) is more than the maximum (300)")]
    [InlineData("max_words=0", "max_words", "must be at least 1")]
    [InlineData("max_minutes=five", "max_minutes", "Enter the longest recording in minutes")]
    [InlineData("max_megabytes=0", "max_megabytes", "at least 1 MB")]
    [InlineData("max_megabytes=5000", "max_megabytes", "LtiPathways takes files up to 2,048 MB")]
    [InlineData("accept_late=on&late_until=2030-04-30T17:00", "late_until", "must be after the due date (2030-05-01 17:00 UTC)")]
    [InlineData("late_until=2030-05-08T17:00", "late_until", "Tick “Accept late work”")]
    [InlineData("due_at=&accept_late=on&late_until=2030-05-08T17:00", "late_until", "Late work needs a due date")]
    public async Task A_policy_that_cannot_work_is_refused_with_a_sentence_beside_the_field_and_nothing_is_placed(
        string changes, string field, string sentence)
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver);
        var fields = new Dictionary<string, string>(DeepLinkingFlow.AssessedFields);
        foreach (var pair in changes.Split('&').Select(c => c.Split('=')))
        {
            fields[pair[0]] = pair[1];
        }

        var (status, html) = await DeepLinkingFlow.SubmitAsync(driver, picker, fields);
        var text = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches($"<p class=\"field-error\" id=\"{field}-error\"><span class=\"visually-hidden\">Error: </span>[^<]*{Regex.Escape(sentence)}", text);
        Assert.Contains($"aria-describedby=\"{field}-error", text, StringComparison.Ordinal);
        Assert.Matches($"<a href=\"#{field}\">[^<]*{Regex.Escape(sentence)}", text);
        Assert.Empty(await QueryAsync(db => db.Assignments.ToListAsync()));
        Assert.Empty(await QueryAsync(db => db.SubmissionPolicies.ToListAsync()));
        var (retried, _) = await DeepLinkingFlow.SubmitAsync(driver, html, DeepLinkingFlow.AssessedFields);
        Assert.Equal(HttpStatusCode.OK, retried);
    }

    [Fact]
    public async Task A_refused_form_shows_what_the_teacher_typed()
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver);
        var fields = new Dictionary<string, string>(DeepLinkingFlow.AssessedFields) { ["attempts"] = "0", ["max_words"] = "900", ["accept_late"] = "on" };

        var (_, html) = await DeepLinkingFlow.SubmitAsync(driver, picker, fields);

        Assert.Contains("name=\"max_words\" inputmode=\"numeric\" value=\"900\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"attempts\" inputmode=\"numeric\" value=\"0\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"accept_late\" name=\"accept_late\" checked", html);
    }

    private async Task<T> QueryAsync<T>(Func<PathwayGraphQL.Data.PathwaysDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PathwayGraphQL.Data.PathwaysDbContext>());
    }
}
