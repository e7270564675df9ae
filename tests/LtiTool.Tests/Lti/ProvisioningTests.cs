using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>What a valid launch leaves in the database: people, courses, links, roles and custom parameters.</summary>
public sealed class ProvisioningTests : ToolTest
{
    private const string Lti = "https://purl.imsglobal.org/spec/lti/claim/";

    [Fact]
    public async Task Custom_numbers_and_booleans_are_stored_as_strings()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims[Lti + "custom"] = new JsonObject { ["pathway"] = "cp", ["attempts"] = 3, ["ratio"] = 0.5, ["graded"] = true, ["hidden"] = false };

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await QueryAsync(db => db.ResourceLinks.Where(l => l.ResourceLinkId == SandboxCourse.ResourceLinkId)
            .Select(l => l.CustomJson).SingleAsync());
        var custom = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
        Assert.All(custom.Values, value => Assert.Equal(JsonValueKind.String, value.ValueKind));
        Assert.Equal(
            new Dictionary<string, string> { ["pathway"] = "cp", ["attempts"] = "3", ["ratio"] = "0.5", ["graded"] = "true", ["hidden"] = "false" },
            custom.ToDictionary(p => p.Key, p => p.Value.GetString()!));
    }

    [Theory]
    [InlineData("Instructor", "Teacher view", CourseRole.Teacher)]
    [InlineData("Learner", "Student view", CourseRole.Student)]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant", "Teacher view", CourseRole.Teacher)]
    [InlineData("http://example.org/roles#Wizard", "Student view", CourseRole.Student)]
    [InlineData("Wizard", "Student view", CourseRole.Student)]
    public async Task Roles_map_to_the_view_they_grant(string role, string view, CourseRole stored)
    {
        var login = await Driver.LoginAsync("mentor");
        var claims = Driver.Claims(login);
        claims[Lti + "roles"] = new JsonArray(role);

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(view, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(stored, await QueryAsync(db => db.Memberships.Where(m => m.LastLaunchAt != null).Select(m => m.Role).SingleAsync()));
    }

    [Fact]
    public async Task A_short_role_name_is_stored_as_its_full_membership_uri()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims[Lti + "roles"] = new JsonArray("Instructor");

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
            await QueryAsync(db => db.Memberships.Where(m => m.LastLaunchAt != null).Select(m => m.Roles).SingleAsync()));
    }

    [Fact]
    public async Task A_person_launching_twice_is_updated_not_duplicated()
    {
        var first = await Driver.LoginAsync("student");
        using var firstResponse = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(first)), first.State);
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Driver.LoginAsync("student");
        var claims = Driver.Claims(second);
        claims["name"] = "Jordan Lee-Park";
        claims["email"] = "jordan.leepark@example.org";

        using var secondResponse = await Driver.LaunchAsync(Driver.Sign(claims), second.State);

        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        var user = await QueryAsync(db => db.Users.SingleAsync());
        Assert.Equal(("Jordan Lee-Park", "jordan.leepark@example.org"), (user.Name, user.Email));
        Assert.Equal(Factory.Clock.GetUtcNow().UtcDateTime, user.LastLaunchAt);
        Assert.Equal(1, await QueryAsync(db => db.Memberships.CountAsync()));
        Assert.Equal(1, await QueryAsync(db => db.Courses.CountAsync()));
        Assert.Equal(1, await QueryAsync(db => db.ResourceLinks.CountAsync()));
    }

    [Fact]
    public async Task Launch_times_are_kept_to_the_minute_while_names_change_at_once()
    {
        var first = await Driver.LoginAsync("student");
        using var firstResponse = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(first)), first.State);
        var firstLaunch = Factory.Clock.GetUtcNow().UtcDateTime;
        Factory.Clock.Advance(TimeSpan.FromSeconds(50));
        var second = await Driver.LoginAsync("student");
        var renamed = Driver.Claims(second);
        renamed["name"] = "Jordan Lee-Park";
        using var secondResponse = await Driver.LaunchAsync(Driver.Sign(renamed), second.State);
        var withinTheMinute = await QueryAsync(db => db.Users.SingleAsync());
        Factory.Clock.Advance(TimeSpan.FromSeconds(10));
        var third = await Driver.LoginAsync("student");
        using var thirdResponse = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(third)), third.State);

        Assert.Equal(HttpStatusCode.OK, thirdResponse.StatusCode);
        Assert.Equal(("Jordan Lee-Park", firstLaunch), (withinTheMinute.Name, withinTheMinute.LastLaunchAt));
        var now = Factory.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(now, await QueryAsync(db => db.Users.Select(u => u.LastLaunchAt).SingleAsync()));
        Assert.Equal(now, await QueryAsync(db => db.Memberships.Select(m => m.LastLaunchAt).SingleAsync()));
    }
}
