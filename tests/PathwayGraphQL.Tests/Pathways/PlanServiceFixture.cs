using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.PlanSamples;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

/// <summary>The school, the clock and the core's plan services, for the tests that go through them against SQLite.</summary>
public abstract class PlanServiceFixture : IAsyncLifetime, IDisposable
{
    protected readonly PathwaySchool school = new();
    protected readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => school.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => school.Dispose();

    protected PlanCommands Commands() => new(school.NewContext(), clock);

    protected PlanReviews Reviews() => new(school.NewContext(), clock);

    protected PlanQueries Queries() => new(school.NewContext(), clock);

    protected async Task<PlanSnapshot> StartedAsync(string template = "ib-cp-cte")
    {
        var started = await Commands().StartAsync(school.AsStudent(school.Student), template);
        Assert.True(started.Succeeded, started.Refusal?.Sentence);
        return started.Value;
    }

    protected async Task<PlanSnapshot> SavedAsync(PlanSnapshot basedOn, PlanDocument document)
    {
        var saved = await Commands().SaveAsync(school.AsStudent(school.Student), basedOn.PlanId, basedOn.VersionNumber, document);
        Assert.True(saved.Succeeded, saved.Refusal?.Sentence);
        return Assert.IsType<PlanSaveResult.Saved>(saved.Value).Plan;
    }

    protected static PlanDocument WithPps(PlanSnapshot plan, decimal hours) => plan.Document with
    {
        Hours = [new HourLog(Id(1), new DateOnly(2026, 11, 2), hours, HourKind.PpsGuided, "Workshop", "Ms Park")],
    };

    protected static RequirementResult Pps(PlanView view) => view.Evaluation.Requirements.Single(r => r.Key == "personal-and-professional-skills");

    protected async Task MentorAsync()
    {
        await using var db = school.NewContext();
        db.Mentorships.Add(new Mentorship { RegistrationId = school.Registration.Id, MentorUserId = school.Mentor.Id, MenteeSubject = school.Student.Subject, Source = MentorshipSource.LtiClaim, UpdatedAt = DateTime.UnixEpoch });
        await db.SaveChangesAsync();
    }
}
