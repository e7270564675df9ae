using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways.Careers;

/// <summary>Saving, continuing and reading a career exploration through the core service.</summary>
public sealed class CareerExplorationTests : PlanServiceFixture
{
    private CareerExplorations Explorations() => new(school.NewContext(), clock);

    private Access.Viewer Student => school.AsStudent(school.Student);

    [Fact]
    public async Task Answers_given_in_two_sittings_add_up_and_the_code_is_stored_only_once_all_are_answered()
    {
        var all = CareerAnswers.Uniform(Liking.Dislike, (RiasecType.Investigative, Liking.LikeALot), (RiasecType.Social, Liking.Like), (RiasecType.Artistic, Liking.NotSure));

        var first = await Explorations().SaveAnswersAsync(Student, all.Take(20).ToList());
        var stored = await StoredAsync();
        Assert.Equal(20, first.Value!.Answers.Count);
        Assert.Null(stored.InterestCode);
        Assert.False((await Explorations().OwnAsync(Student)).Interests.IsValid);

        var second = await Explorations().SaveAnswersAsync(Student, all.Skip(20).ToList());

        Assert.Equal(48, second.Value!.Answers.Count);
        Assert.Equal("ISA", (await StoredAsync()).InterestCode);
        Assert.Equal("ISA", (await Explorations().OwnAsync(Student)).Interests.Value!.Code.ToString());
    }

    [Fact]
    public async Task A_changed_answer_replaces_the_earlier_one_and_others_are_kept()
    {
        await Explorations().SaveAnswersAsync(Student, [new("R1", Liking.Like), new("I1", Liking.Dislike)]);

        var changed = await Explorations().SaveAnswersAsync(Student, [new("R1", Liking.LikeALot)]);

        Assert.Equal(Liking.LikeALot, changed.Value!.AnswerTo("R1"));
        Assert.Equal(Liking.Dislike, changed.Value.AnswerTo("I1"));
    }

    [Fact]
    public async Task An_answer_out_of_range_or_to_no_activity_is_refused_and_nothing_is_stored()
    {
        var outOfRange = await Explorations().SaveAnswersAsync(Student, [new("R1", Liking.Like), new("I1", (Liking)9)]);
        var unknown = await Explorations().SaveAnswersAsync(Student, [new("Z9", Liking.Like)]);

        Assert.Equal(RefusalCode.Invalid, outOfRange.Refusal?.Code);
        Assert.Contains("I1", outOfRange.Refusal!.Sentence, StringComparison.Ordinal);
        Assert.Equal(RefusalCode.Invalid, unknown.Refusal?.Code);
        await using var db = school.NewContext();
        Assert.False(await db.CareerExplorations.AnyAsync());
    }

    [Fact]
    public async Task Staff_do_not_take_the_inventory()
    {
        var saved = await Explorations().SaveAnswersAsync(school.AsStaff(school.Advisor, school.PlannerCourse), [new("R1", Liking.Like)]);

        Assert.Equal(RefusalCode.Forbidden, saved.Refusal?.Code);
    }

    [Fact]
    public async Task Skills_rated_so_far_are_kept_and_make_a_profile_once_all_are_rated()
    {
        var skills = SkillsSelfAssessment.Standard.Skills;
        await Explorations().SaveRatingsAsync(Student, [new(skills[0].Id, SkillLevel.Capable)]);
        Assert.Null((await Explorations().OwnAsync(Student)).Skills);

        var rated = await Explorations().SaveRatingsAsync(Student, [.. skills.Skip(1).Select(s => new SkillRating(s.Id, SkillLevel.Developing))]);

        Assert.Equal(SkillLevel.Capable, rated.Value!.Skills!.LevelOf(skills[0].Id));
        Assert.Equal(RefusalCode.Invalid, (await Explorations().SaveRatingsAsync(Student, [new(skills[0].Id, (SkillLevel)5)])).Refusal?.Code);
    }

    [Fact]
    public async Task The_planner_advisor_and_a_mentor_read_the_results_and_others_get_not_found()
    {
        await Explorations().SaveAnswersAsync(Student, CareerAnswers.Uniform(Liking.Like));
        await MentorAsync();

        var advisor = await Explorations().OfStudentAsync(school.AsStaff(school.Advisor, school.PlannerCourse), school.Student.Id);
        var mentor = await Explorations().OfStudentAsync(school.AsMentor(school.Mentor), school.Student.Id);
        var otherTeacher = await Explorations().OfStudentAsync(school.AsStaff(school.OtherTeacher, school.OtherCourse), school.Student.Id);
        var classmate = await Explorations().OfStudentAsync(school.AsStudent(school.Classmate), school.Student.Id);
        var elsewhere = await Explorations().OfStudentAsync(school.AsStudent(school.StudentElsewhere), school.Student.Id);

        Assert.Equal(PlanCapacity.Advisor, advisor.Value?.Capacity);
        Assert.True(advisor.Value!.State.Interests.IsValid);
        Assert.Equal(PlanCapacity.Mentor, mentor.Value?.Capacity);
        Assert.Equal(CareerExplorations.NoSuchStudent, otherTeacher.Refusal);
        Assert.Equal(CareerExplorations.NoSuchStudent, classmate.Refusal);
        Assert.Equal(CareerExplorations.NoSuchStudent, elsewhere.Refusal);
    }

    [Fact]
    public async Task Up_to_three_pathways_are_held_a_fourth_is_refused_and_one_can_be_let_go()
    {
        await Explorations().HoldAsync(Student, "Advanced Manufacturing", "Robotics");
        await Explorations().HoldAsync(Student, "agriculture", "plant systems");
        await Explorations().HoldAsync(Student, "Advanced Manufacturing", "Robotics");
        await Explorations().HoldAsync(Student, "Advanced Manufacturing", "Engineering");

        var fourth = await Explorations().HoldAsync(Student, "Agriculture", "Animal Systems");
        var unknown = await Explorations().HoldAsync(Student, "Agriculture", "Space Farming");
        var released = await Explorations().ReleaseAsync(Student, "Agriculture", "Plant Systems");

        Assert.Equal(RefusalCode.Invalid, fourth.Refusal?.Code);
        Assert.Equal(RefusalCode.Invalid, unknown.Refusal?.Code);
        Assert.Equal(["Robotics", "Engineering"], released.Value!.Held.Select(h => h.Pathway));
    }

    private async Task<CareerExploration> StoredAsync()
    {
        await using var db = school.NewContext();
        return await db.CareerExplorations.SingleAsync(e => e.StudentUserId == school.Student.Id);
    }
}
