using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.PlanSamples;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

public sealed class CaseloadTests : PlanServiceFixture
{
    private Caseload Caseload() => new(school.NewContext(), clock);

    [Fact]
    public async Task The_advisor_sees_a_student_at_risk_then_on_track_after_more_hours_and_a_student_without_a_plan()
    {
        var started = await StartedAsync();
        var plan = await SavedAsync(started, WithPps(started, 1));
        var advisor = school.AsStaff(school.Advisor, school.PlannerCourse);

        var before = (await Caseload().OfCourseAsync(advisor)).Value!;
        await SavedAsync(plan, plan.Document with
        {
            Hours = [.. plan.Document.Hours, .. Enumerable.Range(3, 6).Select(day => new HourLog(Id(10 + day), new DateOnly(2026, 11, day), 10, HourKind.PpsGuided, "Workshop", "Ms Park"))],
        });
        var after = (await Caseload().OfCourseAsync(advisor)).Value!;

        Assert.Equal(["Casey Moreau", "Jordan Lee"], before.Select(r => r.Name));
        Assert.Null(before[0].PlanId);
        Assert.Equal(RequirementStatus.AtRisk, before[1].Overall);
        Assert.StartsWith("Personal and Professional Skills: 1 of 90 hours logged;", before[1].NeedsAttention[0]);
        Assert.DoesNotContain(after[1].NeedsAttention, s => s.StartsWith("Personal and Professional Skills", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_teachers_of_a_planner_course_have_a_caseload()
    {
        Assert.Equal(RefusalCode.NotFound, (await Caseload().OfCourseAsync(school.AsStaff(school.OtherTeacher, school.OtherCourse))).Refusal?.Code);
        Assert.Equal(RefusalCode.NotFound, (await Caseload().OfCourseAsync(school.AsStudent(school.Student))).Refusal?.Code);
    }
}
