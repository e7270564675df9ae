using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

public sealed class TemplateCommandTests : IAsyncLifetime, IDisposable
{
    private readonly PathwaySchool school = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => school.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => school.Dispose();

    private static PlanTemplate HigherPpsTarget(PlanTemplate t) => t with
    {
        Requirements = [.. t.Requirements.Select(r => r.Key == "personal-and-professional-skills" ? r with { Parameters = r.Parameters with { TargetHours = 100 } } : r)],
    };

    [Fact]
    public async Task Editing_a_template_plans_use_stores_a_new_version_and_their_plans_keep_the_old_one()
    {
        var started = await new PlanCommands(school.NewContext(), clock).StartAsync(school.AsStudent(school.Student), "ib-cp");
        var admin = school.AsStaff(school.OtherTeacher, school.OtherCourse, CourseRole.Admin);

        var decision = await new TemplateCommands(school.NewContext(), clock).EditAsync(admin, HigherPpsTarget(ShippedTemplates.CareerRelated));
        var view = await new PlanQueries(school.NewContext(), clock).OpenAsync(school.AsStudent(school.Student), started.Value!.PlanId);

        Assert.Equal(new TemplateEditDecision(TemplateEditOutcome.NewVersion, 2, "The 1 plan stays on version 1; new plans start on version 2."), decision.Value);
        Assert.Equal(90m, view.Value!.Template.Find("personal-and-professional-skills")!.Parameters.TargetHours);
        await using var db = school.NewContext();
        Assert.Equal([1, 2], await db.PlanTemplates.Where(t => t.Key == "ib-cp").Select(t => t.Version).OrderBy(v => v).ToListAsync());
    }

    [Fact]
    public async Task A_teacher_who_is_not_a_coordinator_may_not_edit_templates()
    {
        var edit = await new TemplateCommands(school.NewContext(), clock).EditAsync(school.AsStaff(school.Advisor, school.PlannerCourse), ShippedTemplates.CteIlp);

        Assert.Equal(RefusalCode.Forbidden, edit.Refusal?.Code);
    }

    [Fact]
    public async Task A_listed_coordinator_edits_an_unused_template_in_place()
    {
        await using (var db = school.NewContext())
        {
            db.PathwayCoordinators.Add(new PathwayCoordinator { RegistrationId = school.Registration.Id, DeploymentId = school.Deployment.Id, UserId = school.Advisor.Id, AddedAt = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        }

        var edit = await new TemplateCommands(school.NewContext(), clock).EditAsync(school.AsStaff(school.Advisor, school.PlannerCourse), HigherPpsTarget(ShippedTemplates.CareerRelated));

        Assert.Equal(TemplateEditOutcome.InPlace, edit.Value?.Outcome);
        await using var check = school.NewContext();
        Assert.Contains("\"targetHours\":100", (await check.PlanTemplates.SingleAsync()).TemplateJson);
    }
}
