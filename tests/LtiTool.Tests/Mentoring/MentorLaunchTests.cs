using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Mentoring;

/// <summary>LTI Core 1.3 section 5.4.3: a mentor's launch names, in role_scope_mentor, the students they may follow.</summary>
public sealed class MentorLaunchTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    private const string Lti = "https://purl.imsglobal.org/spec/lti/claim/";

    // Each test launches a mentor of its own, so the shared tool's database keeps them apart.
    private readonly string mentor = "mentor-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_mentor_launch_stores_the_students_the_claim_names()
    {
        using var response = await LaunchMentorAsync(new JsonArray("student-a", "student-b", "student-a"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await MentorshipsAsync();
        Assert.Equal(["student-a", "student-b"], stored.Select(m => m.MenteeSubject));
        Assert.All(stored, m => Assert.Equal(MentorshipSource.LtiClaim, m.Source));
        var registration = await QueryAsync(db => db.PlatformRegistrations.Select(r => r.Id).SingleAsync());
        Assert.All(stored, m => Assert.Equal(registration, m.RegistrationId));
    }

    [Fact]
    public async Task A_relaunch_naming_fewer_students_ends_the_mentorships_no_longer_named()
    {
        (await LaunchMentorAsync(new JsonArray("student-a", "student-b"))).Dispose();
        (await LaunchMentorAsync(new JsonArray("student-b"))).Dispose();
        Assert.Equal(["student-b"], (await MentorshipsAsync()).Select(m => m.MenteeSubject));

        // Canvas leaves the claim out when the observer is linked to no one in the course.
        using var none = await LaunchMentorAsync(null);

        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Empty(await MentorshipsAsync());
    }

    [Fact]
    public async Task A_mentorship_made_in_LtiPathways_survives_a_launch_that_does_not_name_the_student()
    {
        (await LaunchMentorAsync(new JsonArray("student-a"))).Dispose();
        await QueryAsync(async db =>
        {
            var first = await db.Mentorships.SingleAsync(m => m.Mentor!.Subject == mentor);
            db.Mentorships.Add(new Mentorship
            {
                RegistrationId = first.RegistrationId, MentorUserId = first.MentorUserId, MenteeSubject = "planned-student",
                Source = MentorshipSource.Manual, UpdatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        (await LaunchMentorAsync(new JsonArray("student-c", "planned-student"))).Dispose();
        (await LaunchMentorAsync(new JsonArray("student-c"))).Dispose();

        var stored = await MentorshipsAsync();
        Assert.Equal(["planned-student", "student-c"], stored.Select(m => m.MenteeSubject));
        Assert.Equal([MentorshipSource.Manual, MentorshipSource.LtiClaim], stored.Select(m => m.Source));
    }

    [Fact]
    public async Task A_launch_from_another_course_does_not_end_what_this_course_named()
    {
        (await LaunchMentorAsync(new JsonArray("student-a"))).Dispose();
        (await LaunchMentorAsync(new JsonArray("student-b"), contextId: "another-course")).Dispose();
        Assert.Equal(["student-a", "student-b"], (await MentorshipsAsync()).Select(m => m.MenteeSubject));

        (await LaunchMentorAsync(new JsonArray(), contextId: "another-course")).Dispose();

        Assert.Equal(["student-a"], (await MentorshipsAsync()).Select(m => m.MenteeSubject));
    }

    public static TheoryData<string> MalformedClaims => new()
    {
        "\"student-b\"",
        "{\"id\":\"student-b\"}",
        "[\"student-b\",42]",
        "[\"student-b\",\"\"]",
        "[\"student-b\",null]",
        "[[\"student-b\"]]",
        $"[\"{new string('x', MentorScope.MaxSubjectLength + 1)}\"]",
    };

    [Theory]
    [MemberData(nameof(MalformedClaims))]
    public async Task A_malformed_claim_neither_fails_the_launch_nor_changes_the_stored_mentees(string claim)
    {
        (await LaunchMentorAsync(new JsonArray("student-a"))).Dispose();

        using var response = await LaunchMentorAsync(JsonNode.Parse(claim));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mentor view", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["student-a"], (await MentorshipsAsync()).Select(m => m.MenteeSubject));
    }

    [Fact]
    public async Task A_claim_without_the_mentor_role_is_ignored()
    {
        using var response = await LaunchMentorAsync(new JsonArray("student-a"), roles: new JsonArray("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await MentorshipsAsync());
    }

    [Fact]
    public async Task A_mentor_sub_role_counts_as_mentor()
    {
        using var response = await LaunchMentorAsync(new JsonArray("student-a"), roles: new JsonArray("http://purl.imsglobal.org/vocab/lis/v2/membership/Mentor#Advisor"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["student-a"], (await MentorshipsAsync()).Select(m => m.MenteeSubject));
    }

    [Fact]
    public async Task An_overlong_list_is_cut_at_the_cap_and_the_launch_goes_on()
    {
        var many = new JsonArray(Enumerable.Range(0, MentorScope.MaxSubjects + 50).Select(i => (JsonNode)$"student-{i:000}").ToArray());

        using var response = await LaunchMentorAsync(many);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MentorScope.MaxSubjects, (await MentorshipsAsync()).Count);
    }

    private Task<HttpResponseMessage> LaunchMentorAsync(JsonNode? mentees, string? contextId = null, JsonArray? roles = null) =>
        Driver.LaunchAsAsync("mentor", change: claims =>
        {
            claims["sub"] = mentor;
            claims.Remove(Lti + "role_scope_mentor");
            if (mentees is not null)
            {
                claims[Lti + "role_scope_mentor"] = mentees;
            }

            if (contextId is not null)
            {
                claims[Lti + "context"]!["id"] = contextId;
            }

            if (roles is not null)
            {
                claims[Lti + "roles"] = roles;
            }
        });

    private Task<List<Mentorship>> MentorshipsAsync() => QueryAsync(db => db.Mentorships.AsNoTracking()
        .Where(m => m.Mentor!.Subject == mentor).OrderBy(m => m.MenteeSubject).ToListAsync());
}
