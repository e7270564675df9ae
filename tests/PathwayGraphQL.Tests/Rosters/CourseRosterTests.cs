using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Rosters;

namespace LtiPathways.PathwayGraphQL.Tests.Rosters;

public class CourseRosterTests
{
    [Theory]
    [InlineData(CourseRole.Student, true)]
    [InlineData(CourseRole.Mentor, true)]
    [InlineData(CourseRole.Teacher, false)]
    public void Only_a_course_teacher_may_ask_for_a_roster_sync(CourseRole role, bool refused)
    {
        var viewer = new Viewer(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, role);

        var refusal = CourseRoster.RefuseSync(viewer);

        Assert.Equal(refused ? new Refusal(RefusalCode.Forbidden, "Only the course's teachers can sync its roster.") : null, refusal);
    }

    [Fact]
    public void A_teacher_outside_a_course_may_not_sync_a_roster()
    {
        var viewer = new Viewer(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null, CourseRole.Teacher);

        Assert.Equal(RefusalCode.Forbidden, CourseRoster.RefuseSync(viewer)?.Code);
    }
}
