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

/// <summary>Who sees, edits, comments on and waives a plan (issue 13, item 6).</summary>
public sealed class PlanAccessTests : PlanServiceFixture
{
    [Fact]
    public async Task Only_people_tied_to_the_student_see_the_plan_and_a_guessed_id_elsewhere_is_not_found()
    {
        var plan = await StartedAsync();
        await MentorAsync();

        async Task<RefusalCode?> Open(Access.Viewer viewer) => (await Queries().OpenAsync(viewer, plan.PlanId)).Refusal?.Code;

        Assert.Null(await Open(school.AsStaff(school.Advisor, school.PlannerCourse)));
        Assert.Null(await Open(school.AsMentor(school.Mentor)));
        Assert.Equal(RefusalCode.NotFound, await Open(school.AsStaff(school.OtherTeacher, school.OtherCourse)));
        Assert.Equal(RefusalCode.NotFound, await Open(school.AsStudent(school.Classmate)));
        Assert.Equal(RefusalCode.NotFound, await Open(school.AsStudent(school.StudentElsewhere, null)));
    }

    [Fact]
    public async Task A_mentor_reads_the_mentees_plan_and_not_another_students()
    {
        var plan = await StartedAsync();
        var classmates = (await Commands().StartAsync(school.AsStudent(school.Classmate), "cte-ilp")).Value!;
        await MentorAsync();

        var mentees = await Queries().OpenAsync(school.AsMentor(school.Mentor), plan.PlanId);
        var other = await Queries().OpenAsync(school.AsMentor(school.Mentor), classmates.PlanId);
        var edit = await Commands().SaveAsync(school.AsMentor(school.Mentor), plan.PlanId, 1, plan.Document);

        Assert.Equal(PlanCapacity.Mentor, mentees.Value?.Capacity);
        Assert.Equal(PlanAccess.NoSuchPlan, other.Refusal);
        Assert.Equal(RefusalCode.Forbidden, edit.Refusal?.Code);
    }

    [Fact]
    public async Task A_listed_coordinator_waives_with_a_reason_kept_in_history_and_an_advisor_may_not()
    {
        var plan = await StartedAsync();
        await using (var db = school.NewContext())
        {
            db.PathwayCoordinators.Add(new PathwayCoordinator { RegistrationId = school.Registration.Id, DeploymentId = school.Deployment.Id, UserId = school.OtherTeacher.Id, AddedAt = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        }
        var coordinator = school.AsStaff(school.OtherTeacher, school.OtherCourse);

        var byAdvisor = await Reviews().WaiveAsync(school.AsStaff(school.Advisor, school.PlannerCourse), plan.PlanId, 1, "service-learning", "Done abroad");
        var waived = await Reviews().WaiveAsync(coordinator, plan.PlanId, 1, "service-learning", "Counted at the previous school");
        var view = (await Queries().OpenAsync(school.AsStudent(school.Student), plan.PlanId)).Value!;
        var history = (await Queries().HistoryAsync(coordinator, plan.PlanId)).Value!;

        Assert.Equal(RefusalCode.Forbidden, byAdvisor.Refusal?.Code);
        Assert.IsType<PlanSaveResult.Saved>(waived.Value);
        Assert.Equal("Community Engagement: waived by Ben Ortiz on 30 November: Counted at the previous school.",
            view.Evaluation.Requirements.Single(r => r.Key == "community-engagement").Sentence);
        Assert.Equal(["Ben Ortiz waived Community Engagement: Counted at the previous school"], history[0].Changes);
    }

    [Fact]
    public async Task A_mentor_may_not_comment_and_an_advisor_comment_names_its_version()
    {
        var plan = await StartedAsync();
        await MentorAsync();

        var advisor = await Reviews().CommentAsync(school.AsStaff(school.Advisor, school.PlannerCourse), plan.PlanId, "Book the exam before March.");
        var mentor = await Reviews().CommentAsync(school.AsMentor(school.Mentor), plan.PlanId, "Well done.");

        Assert.Equal(("Ada Park", 1), (advisor.Value?.AuthorName, advisor.Value?.VersionNumber));
        Assert.Equal(RefusalCode.Forbidden, mentor.Refusal?.Code);
        var seen = (await Queries().OpenAsync(school.AsStudent(school.Student), plan.PlanId)).Value!.Comments.Single();
        Assert.Equal(("Ada Park", "Book the exam before March."), (seen.AuthorName, seen.Text));
    }

    [Fact]
    public async Task Each_signs_in_their_own_capacity_and_a_parent_without_an_account_by_typed_name()
    {
        var plan = await StartedAsync();
        await MentorAsync();

        var asAdvisor = await Reviews().SignOffAsync(school.AsMentor(school.Mentor), plan.PlanId, 1, SignOffRole.Advisor);
        var mentor = await Reviews().SignOffAsync(school.AsMentor(school.Mentor), plan.PlanId, 1, SignOffRole.Mentor);
        var untyped = await Reviews().SignOffAsync(school.AsStudent(school.Student), plan.PlanId, 1, SignOffRole.ParentOrGuardian);
        var parent = await Reviews().SignOffAsync(school.AsStudent(school.Student), plan.PlanId, 1, SignOffRole.ParentOrGuardian, " Robin Lee ");
        var stale = await Reviews().SignOffAsync(school.AsStudent(school.Student), plan.PlanId, 0, SignOffRole.Student);

        Assert.Equal(Refusal.Forbidden("You sign this plan as a mentor, or as parent or guardian."), asAdvisor.Refusal);
        Assert.Equal((school.Mentor.Id, "Sam Lee"), (mentor.Value!.PersonId, mentor.Value.Name));
        Assert.Equal(RefusalCode.Invalid, untyped.Refusal?.Code);
        Assert.Equal((null, "Robin Lee"), (parent.Value!.PersonId, parent.Value.Name));
        Assert.Equal(RefusalCode.Conflict, stale.Refusal?.Code);
    }
}
