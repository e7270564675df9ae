using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.PlanSamples;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

public sealed class PlanDiffTests
{
    private static readonly PlanDocument Older = CombinedPlan();

    [Fact]
    public void Changed_hours_name_the_day_and_both_amounts()
    {
        var newer = Older with { Hours = [Older.Hours[0] with { Hours = 5 }, Older.Hours[1]] };

        Assert.Equal(["Hours on 3 Oct 2026 changed from 4 to 5"], PlanDiff.Between(Older, newer));
    }

    [Fact]
    public void A_course_moved_to_another_grade()
    {
        var newer = Older with { Courses = [Older.Courses[0] with { GradeYear = 12 }, Older.Courses[1]] };

        Assert.Equal(["Moved Biology HL from grade 11 to grade 12"], PlanDiff.Between(Older, newer));
    }

    [Fact]
    public void Added_and_removed_items_are_named()
    {
        var goal = new Goal(Id(50), "Shadow a network engineer", "A signed log", September1, new DateOnly(2027, 2, 1), GoalStatus.NotStarted);
        var newer = Older with { Goals = [.. Older.Goals, goal], Hours = [Older.Hours[0]] };

        Assert.Equal(
            ["Added goal \u201cShadow a network engineer\u201d, due 1 Feb 2027", "Removed 2.5 hours of job shadow on 10 Oct 2026 (Hospital IT desk)"],
            PlanDiff.Between(Older, newer));
    }

    [Fact]
    public void Evidence_tagged_again_and_a_waiver_name_requirements_as_the_template_does()
    {
        var waiver = new Waiver(Id(60), "service-learning", "Counted at the previous school", Id(15), "Dr Ruiz", DateTimeOffset.UnixEpoch);
        var newer = Older with
        {
            Evidence = [Older.Evidence[0] with { RequirementKeys = ["employability-skills"] }],
            Waivers = [.. Older.Waivers, waiver],
        };

        Assert.Equal(
            ["\u201cEmployability skills presentation\u201d now counts for Employability skills",
             "Dr Ruiz waived Community Engagement: Counted at the previous school"],
            PlanDiff.Between(Older, newer, ShippedTemplates.Combined));
    }

    [Fact]
    public void A_goal_achieved_and_the_career_changed()
    {
        var newer = Older with
        {
            Goals = [Older.Goals[0] with { Status = GoalStatus.Achieved }],
            Career = new CareerChoice("Information Technology", "Programming and Software Development"),
        };

        Assert.Equal(
            ["Goal \u201cEarn the CompTIA A+ certification\u201d changed from in progress to achieved",
             "Changed career pathway from Network Systems in Information Technology to Programming and Software Development in Information Technology"],
            PlanDiff.Between(Older, newer));
    }

    [Fact]
    public void A_plan_compared_with_itself_has_no_changes() => Assert.Empty(PlanDiff.Between(Older, Older with { }));

    [Fact]
    public void A_sign_off_is_current_only_for_its_version()
    {
        var signOff = new SignOff(3, SignOffRole.Advisor, Id(70), "Ada Park", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal("Signed by Ada Park (advisor or coordinator) on 3 Dec 2026, for this version (3).", signOff.Describe(3));
        Assert.Equal("Signed by Ada Park (advisor or coordinator) on 3 Dec 2026 for version 3; the plan has changed since (now version 5).", signOff.Describe(5));
        Assert.False(signOff.IsCurrent(5));
    }

    [Fact]
    public void A_goal_removed_keeps_its_milestone_and_the_history_says_both()
    {
        var newer = PlanItems.RemoveGoal(Older, Older.Goals[0].Id);

        Assert.Equal(
            ["Removed goal \u201cEarn the CompTIA A+ certification\u201d", "Milestone \u201cBook the first exam\u201d no longer leads to a goal"],
            PlanDiff.Between(Older, newer));
        Assert.Single(newer.Milestones);
    }

    [Fact]
    public void A_journal_entry_rewritten_and_retagged_and_a_project_piece_renamed()
    {
        var newer = Older with
        {
            Reflections = PlanItems.Replace(Older.Reflections, Older.Reflections[0].Id, r => r with { Text = "Settled my question.", RequirementKeys = ["community-engagement"] }),
            ProjectArtefacts = PlanItems.Replace(Older.ProjectArtefacts, Older.ProjectArtefacts[0].Id, a => a with { Title = "Proposal: privacy online" }),
        };

        Assert.Equal(
        [
            "Rewrote the learning-journal entry of 2 Oct 2026", "The learning-journal entry of 2 Oct 2026 now reflects on Community Engagement",
            "\u201cProposal: privacy in school networks\u201d renamed \u201cProposal: privacy online\u201d",
        ], PlanDiff.Between(Older, newer, ShippedTemplates.Combined));
    }
}
