using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

public sealed class MenteeAndEvidenceTests : PlanServiceFixture
{
    [Fact]
    public async Task A_mentor_lists_their_mentees_plans_and_nobody_elses()
    {
        var started = await StartedAsync();
        await MentorAsync();

        var mentees = (await new MenteePlans(school.NewContext(), clock).OfMentorAsync(school.AsMentor(school.Mentor))).Value!;
        var advisorsMentees = (await new MenteePlans(school.NewContext(), clock).OfMentorAsync(school.AsStaff(school.Advisor, school.PlannerCourse))).Value!;

        var row = Assert.Single(mentees);
        Assert.Equal(("Jordan Lee", started.PlanId), (row.Name, row.PlanId));
        Assert.NotNull(row.Overall);
        Assert.Empty(advisorsMentees);
    }

    [Fact]
    public async Task A_student_may_pick_their_own_released_assessments_and_not_a_classmates()
    {
        var started = await StartedAsync();
        var (own, classmates) = await school.ReleasedAssessmentsAsync(15m);

        var choices = (await new EvidenceChoices(school.NewContext()).ForPlanAsync(school.AsStudent(school.Student), started.PlanId)).Value!;
        var advisor = await new EvidenceChoices(school.NewContext()).ForPlanAsync(school.AsStaff(school.Advisor, school.PlannerCourse), started.PlanId);

        var choice = Assert.Single(choices);
        Assert.Equal((EvidenceSource.RubricAssessment, own), (choice.Source, choice.SourceId));
        Assert.StartsWith("Presentation: rubric assessment released", choice.Title);
        Assert.DoesNotContain(choices, c => c.SourceId == classmates);
        Assert.Equal(RefusalCode.Forbidden, advisor.Refusal?.Code);
    }
}
