using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.PlanSamples;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

/// <summary>Starting and saving plans, conflicts, bad input, evidence and sign-offs through the core services.</summary>
public sealed class PlanServiceTests : PlanServiceFixture
{
    [Fact]
    public async Task A_student_starts_one_plan_from_a_template_and_it_keeps_that_template_version()
    {
        var plan = await StartedAsync();
        var again = await Commands().StartAsync(school.AsStudent(school.Student), "ib-cp");

        Assert.Equal((1, new DateOnly(2026, 11, 30)), (plan.VersionNumber, plan.Document.StartedOn));
        Assert.Equal(RefusalCode.Conflict, again.Refusal?.Code);
        await using var db = school.NewContext();
        Assert.Equal(("ib-cp-cte", 1), await db.PlanTemplates.Select(t => ValueTuple.Create(t.Key, t.Version)).SingleAsync());
    }

    [Fact]
    public async Task A_teacher_does_not_start_a_plan_and_an_unknown_template_is_not_found()
    {
        Assert.Equal(RefusalCode.Forbidden, (await Commands().StartAsync(school.AsStaff(school.Advisor, school.PlannerCourse), "ib-cp")).Refusal?.Code);
        Assert.Equal("There is no plan template \u201ctheory\u201d at this school.",
            (await Commands().StartAsync(school.AsStudent(school.Student), "theory")).Refusal?.Sentence);
    }

    [Fact]
    public async Task The_second_writer_gets_a_conflict_with_both_versions_and_nothing_is_lost()
    {
        var plan = await StartedAsync();
        var first = await SavedAsync(plan, WithPps(plan, 4));

        var second = await Commands().SaveAsync(school.AsStudent(school.Student), plan.PlanId, plan.VersionNumber, WithPps(plan, 6));

        var conflict = Assert.IsType<PlanSaveResult.Conflict>(second.Value);
        Assert.Equal(first, conflict.Theirs);
        Assert.Equal(6m, conflict.Yours.Hours.Single().Hours);
        Assert.Equal(["Logged 4 hours of PPS guided on 2 Nov 2026 (Workshop)"], conflict.TheirChanges);
        Assert.Equal("Jordan Lee saved version 2 after you opened version 1. Your changes are not saved yet: both versions are here to combine.", conflict.Sentence);
        await using var db = school.NewContext();
        Assert.Equal(2, await db.PlanVersions.CountAsync());
    }

    [Fact]
    public async Task Two_saves_racing_from_one_version_store_one_and_answer_the_other_with_both()
    {
        var plan = await StartedAsync();
        await using var firstDb = school.NewContext();
        await using var secondDb = school.NewContext();
        var (mine, theirs) = (await firstDb.Plans.SingleAsync(), await secondDb.Plans.SingleAsync());

        var first = await new PlanWriter(firstDb, clock).CommitAsync(mine, 1, WithPps(plan, 4), school.Student.Id);
        var second = await new PlanWriter(secondDb, clock).CommitAsync(theirs, 1, WithPps(plan, 6), school.Student.Id);

        Assert.IsType<PlanSaveResult.Saved>(first);
        var conflict = Assert.IsType<PlanSaveResult.Conflict>(second);
        Assert.Equal((2, 6m), (conflict.Theirs.VersionNumber, conflict.Yours.Hours.Single().Hours));
        await using var db = school.NewContext();
        Assert.Equal(4m, PlanVersions.Document(await db.PlanVersions.SingleAsync(v => v.Number == 2)).Hours.Single().Hours);
    }

    [Fact]
    public async Task Bad_hours_are_refused_with_the_field_and_nothing_is_stored()
    {
        var plan = await StartedAsync();

        var saved = await Commands().SaveAsync(school.AsStudent(school.Student), plan.PlanId, 1, WithPps(plan, -3));

        Assert.Equal(RefusalCode.Invalid, saved.Refusal!.Code);
        Assert.Equal("Hours must be more than 0.", saved.Refusal.Sentence);
        Assert.Equal(new Problem("Hours must be more than 0.", "hours[0].hours"), Assert.Single(saved.Refusal.Problems));
        await using var db = school.NewContext();
        Assert.Equal(1, await db.PlanVersions.CountAsync());
    }

    [Fact]
    public async Task An_advisor_sees_at_risk_then_on_track_after_more_hours_and_a_sign_off_stops_being_current()
    {
        var started = await StartedAsync();
        var plan = await SavedAsync(started, WithPps(started, 1));
        var advisor = school.AsStaff(school.Advisor, school.PlannerCourse);
        var before = (await Queries().OpenAsync(advisor, plan.PlanId)).Value!;
        var signed = await Reviews().SignOffAsync(advisor, plan.PlanId, plan.VersionNumber, SignOffRole.Advisor);

        var after = await SavedAsync(plan, plan.Document with
        {
            Hours = [.. plan.Document.Hours, .. Enumerable.Range(3, 6).Select(day => new HourLog(Id(10 + day), new DateOnly(2026, 11, day), 10, HourKind.PpsGuided, "Workshop", "Ms Park"))],
        });
        var view = (await Queries().OpenAsync(advisor, plan.PlanId)).Value!;

        Assert.Equal(RequirementStatus.AtRisk, Pps(before).Status);
        Assert.Equal(RequirementStatus.OnTrack, Pps(view).Status);
        Assert.Equal("Signed by Ada Park (advisor or coordinator) on 30 Nov 2026 for version 2; the plan has changed since (now version 3).",
            view.SignOffs.Single().Describe(after.VersionNumber));
        Assert.Equal(PlanCapacity.Advisor, view.Capacity);
        Assert.True(signed.Succeeded);
    }

    [Fact]
    public async Task A_student_cannot_add_a_waiver_by_saving()
    {
        var plan = await StartedAsync();
        var document = plan.Document with { Waivers = [new Waiver(Id(5), "community-engagement", "I say so", school.Student.Id, "Jordan Lee", clock.GetUtcNow())] };

        var saved = await Commands().SaveAsync(school.AsStudent(school.Student), plan.PlanId, 1, document);

        Assert.Equal(RefusalCode.Forbidden, saved.Refusal?.Code);
    }

    [Fact]
    public async Task A_released_assessment_tagged_for_two_requirements_counts_and_a_classmates_is_refused()
    {
        var plan = await StartedAsync();
        var (own, classmates) = await school.ReleasedAssessmentsAsync(scoredOf20: 16);
        Evidence Link(Guid assessment) => new(Id(30), EvidenceSource.RubricAssessment, assessment, "Employability presentation", ["employability-skills", "personal-and-professional-skills"]);

        var foreign = await Commands().SaveAsync(school.AsStudent(school.Student), plan.PlanId, 1, plan.Document with { Evidence = [Link(classmates)] });
        await SavedAsync(plan, plan.Document with { Evidence = [Link(own)] });
        var view = (await Queries().OpenAsync(school.AsStaff(school.Advisor, school.PlannerCourse), plan.PlanId)).Value!;

        Assert.Equal(
            Refusal.Invalid("evidence[0]: \u201cEmployability presentation\u201d is not your own handed-in work or released assessment at this school; link only your own."),
            foreign.Refusal);
        Assert.Equal("Employability skills: Employability presentation scored 80%, at least the 70% needed.",
            view.Evaluation.Requirements.Single(r => r.Key == "employability-skills").Sentence);
    }

    [Fact]
    public async Task Any_two_versions_compare_and_a_version_that_does_not_exist_is_named()
    {
        var plan = await StartedAsync();
        await SavedAsync(plan, WithPps(plan, 4) with { Courses = [new CourseChoice(Id(2), CourseKind.DpSubject, "Biology", CourseLevel.Higher, 11)] });

        var diff = await Queries().DiffAsync(school.AsStaff(school.Advisor, school.PlannerCourse), plan.PlanId, 1, 2);
        var missing = await Queries().DiffAsync(school.AsStaff(school.Advisor, school.PlannerCourse), plan.PlanId, 1, 7);

        Assert.Equal(["Logged 4 hours of PPS guided on 2 Nov 2026 (Workshop)", "Added Biology HL in grade 11"], diff.Value);
        Assert.Equal(Refusal.NotFound("This plan has versions 1 to 2."), missing.Refusal);
    }
}
