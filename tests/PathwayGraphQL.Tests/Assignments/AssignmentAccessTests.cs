using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.PathwayGraphQL.Tests.Assignments;

/// <summary>The access rules of an assignment answer with refusals every entry point turns into its own status.</summary>
public class AssignmentAccessTests
{
    [Fact]
    public void A_student_may_submit_and_is_refused_nothing()
    {
        var access = As(CourseRole.Student);

        Assert.Null(access.WhyNotSubmitting);
        Assert.Null(access.RefuseStudentWork(SubmissionType.Essay));
    }

    [Theory]
    [InlineData(CourseRole.Mentor, "As a mentor you can read your mentees' submitted work here; only the student can change or submit it.")]
    [InlineData(CourseRole.Teacher, "Only students submit work; you are signed in as staff here.")]
    public void Anyone_but_a_student_is_forbidden_to_submit_with_one_sentence(CourseRole role, string sentence)
    {
        Assert.Equal(new Refusal(RefusalCode.Forbidden, sentence), As(role).WhyNotSubmitting);
    }

    [Fact]
    public void Work_on_a_part_by_staff_is_declined_with_the_same_sentence_not_forbidden()
    {
        var refusal = As(CourseRole.Teacher).RefuseStudentWork(SubmissionType.Link);

        Assert.Equal(new Refusal(RefusalCode.Declined, "Only students submit work; you are signed in as staff here."), refusal);
    }

    [Fact]
    public void A_type_the_assignment_does_not_take_is_declined_and_an_accommodation_opens_it()
    {
        var refused = As(CourseRole.Student).RefuseStudentWork(SubmissionType.Video);
        var accommodated = As(CourseRole.Student, new SubmissionAccommodation { ExtraTypes = "video" }).RefuseStudentWork(SubmissionType.Video);

        Assert.Equal(new Refusal(RefusalCode.Declined, "This assignment does not take a video as a submission."), refused);
        Assert.Null(accommodated);
    }

    [Theory]
    [InlineData(CourseRole.Student)]
    [InlineData(CourseRole.Mentor)]
    public void Only_staff_change_settings_and_accommodations(CourseRole role)
    {
        Assert.Equal(RefusalCode.Forbidden, As(role).WhyNotChangingSettings?.Code);
        Assert.Null(As(CourseRole.Teacher).WhyNotChangingSettings);
    }

    private static AssignmentAccess As(CourseRole role, SubmissionAccommodation? accommodation = null)
    {
        var assignment = new Assignment { Title = "Essay", SubmissionTypes = "essay,link" };
        var course = new Course { ContextId = "c1" };
        return new AssignmentAccess(assignment, course, new SubmissionPolicy { AssignmentId = assignment.Id }, role, Guid.NewGuid(),
            "https://lms.example", null, ReadableStudents.All, accommodation);
    }
}
