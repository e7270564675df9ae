using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Features.Roster;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Nrps;

public sealed class RosterSyncTests : IAsyncLifetime, IDisposable
{
    private const string NrpsClaim = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
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
    public async Task A_teachers_first_launch_lists_every_active_student_including_those_who_never_launched()
    {
        using (var student = await driver.LaunchAsAsync("student"))
        {
            Assert.Equal(HttpStatusCode.OK, student.StatusCode);
        }

        using var response = await driver.LaunchAsAsync("teacher");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Jordan Lee", html, StringComparison.Ordinal);
        Assert.Contains("Amara Abebe", html, StringComparison.Ordinal);
        var active = SandboxRoster.Members.Count(m => m.Status == "Active");
        Assert.Equal(active - 2, Count(html, "data-testid=\"never-opened\""));
        Assert.DoesNotContain(SandboxRoster.Members.Single(m => m.Status == "Inactive").Person.Name, html, StringComparison.Ordinal);

        await using var db = Db();
        var course = await db.Courses.SingleAsync();
        Assert.NotNull(course.RosterSyncedAt);
        Assert.Equal(SandboxRoster.Members.Count, await db.Memberships.CountAsync());
        var jordan = await db.Memberships.Include(m => m.User).SingleAsync(m => m.User!.Subject == "sandbox-student-1");
        Assert.NotNull(jordan.LastLaunchAt);
        Assert.Equal(CourseRole.Student, jordan.Role);
    }

    [Fact]
    public async Task Members_no_longer_on_the_roster_become_inactive_and_are_kept()
    {
        using (await driver.LaunchAsAsync("teacher"))
        {
        }

        await using (var db = Db())
        {
            var course = await db.Courses.SingleAsync();
            var leaver = new LtiUser { RegistrationId = (await db.PlatformRegistrations.SingleAsync()).Id, Subject = "left-the-course", Name = "Former Student" };
            db.Users.Add(leaver);
            db.Memberships.Add(new CourseMembership { CourseId = course.Id, UserId = leaver.Id, Role = CourseRole.Student, Active = true });
            await db.SaveChangesAsync();
        }

        var result = await SyncAsync();

        Assert.Equal(2, result.Inactive);
        await using var check = Db();
        var kept = await check.Memberships.Include(m => m.User).SingleAsync(m => m.User!.Subject == "left-the-course");
        Assert.False(kept.Active);
        Assert.False((await check.Memberships.Include(m => m.User).SingleAsync(m => m.User!.Subject == "sandbox-roster-student-120")).Active);
        Assert.True((await check.Memberships.Include(m => m.User).SingleAsync(m => m.User!.Subject == "sandbox-roster-student-001")).Active);
    }

    [Fact]
    public async Task The_sync_button_reads_the_roster_again()
    {
        using var launch = await driver.LaunchAsAsync("teacher");
        var html = await launch.Content.ReadAsStringAsync();
        Assert.Contains("Sync roster", html, StringComparison.Ordinal);

        using var synced = await PageForm.PostAsync(driver.Client, html, LaunchDriver.ToolBase + "/app/roster/sync");
        var page = await synced.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, synced.StatusCode);
        Assert.Contains($"Roster synced: {SandboxRoster.Members.Count - 1} active member(s)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_roster_never_fails_the_launch()
    {
        var login = await driver.LoginAsync();
        var claims = driver.Claims(login);
        claims[NrpsClaim]!["context_memberships_url"] = "http://localhost/sandbox/courses/no-such-course/memberships";

        using var response = await driver.LaunchAsync(driver.Sign(claims), login.State);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Alex Rivera", html, StringComparison.Ordinal);
        Assert.Contains("has not been read yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fresh_roster_is_not_read_again_until_it_is_an_hour_old()
    {
        using (await driver.LaunchAsAsync("teacher"))
        {
        }

        var firstSync = await SyncedAtAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        using (await driver.LaunchAsAsync("teacher"))
        {
        }

        Assert.Equal(firstSync, await SyncedAtAsync());
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        using (await driver.LaunchAsAsync("teacher"))
        {
        }

        Assert.True(await SyncedAtAsync() > firstSync);
    }

    private async Task<DateTime?> SyncedAtAsync()
    {
        await using var db = Db();
        return (await db.Courses.SingleAsync()).RosterSyncedAt;
    }

    private async Task<RosterSyncResult> SyncAsync()
    {
        using var scope = factory.Services.CreateScope();
        var course = await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().Courses.SingleAsync();
        return await scope.ServiceProvider.GetRequiredService<RosterSync>().SyncAsync(course.Id, CancellationToken.None);
    }

    private PathwaysDbContext Db() => factory.Services.CreateScope().ServiceProvider.GetRequiredService<PathwaysDbContext>();

    private static int Count(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
