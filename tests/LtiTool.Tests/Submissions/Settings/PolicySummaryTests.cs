using LtiPathways.LtiTool.Features.Submissions.StudentWork;
using LtiPathways.LtiTool.Tests.Localization;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Tests.Submissions.Settings;

/// <summary>The rules in plain words, and which due date and types apply to a student with or without an accommodation.</summary>
public sealed class PolicySummaryTests
{
    private static readonly DateTime Due = new(2030, 5, 1, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Every_limit_reads_as_a_phrase_for_the_types_the_student_may_submit()
    {
        var access = Access("essay,video", new SubmissionPolicy
        {
            AttemptsAllowed = 3, MinWords = 300, MaxWords = 1500, MaxDurationSeconds = 300, MaxFileBytes = 500L << 20,
            AllowLate = true, LateUntil = Due.AddDays(2),
        });

        Assert.Equal(
            "Up to 3 attempts · 300–1,500 words · recordings up to 5 minutes · files up to 500 MB · late work accepted until 2030-05-03 17:00 UTC"
            + " · you may withdraw a submission before the deadline",
            PolicySummary.Describe(access, 2L << 30, TestText.EnglishSubmissionWords()));
    }

    [Fact]
    public void Limits_of_types_the_student_cannot_submit_are_left_out_and_the_tool_wide_file_limit_shows()
    {
        var files = Access("link,file", new SubmissionPolicy { AttemptsAllowed = 1, MinWords = 300, MaxDurationSeconds = 90, AllowWithdraw = false }, hasDue: false);
        var essay = Access("essay", new SubmissionPolicy { MaxDurationSeconds = 90, MaxFileBytes = 1L << 20 });

        Assert.Equal("1 attempt · recordings up to 1 minute 30 seconds · files up to 2 GB · a submission cannot be withdrawn", PolicySummary.Describe(files, 2L << 30, TestText.EnglishSubmissionWords()));
        Assert.Equal("Up to 3 attempts · no late work · you may withdraw a submission before the deadline", PolicySummary.Describe(essay, 2L << 30, TestText.EnglishSubmissionWords()));
    }

    [Theory]
    [InlineData(45, "45 seconds")]
    [InlineData(60, "1 minute")]
    [InlineData(150, "2 minutes 30 seconds")]
    [InlineData(3600, "60 minutes")]
    public void Lengths_read_as_people_say_them(double seconds, string words) => Assert.Equal(words, SubmissionRules.Length(seconds));

    [Fact]
    public void An_accommodation_moves_only_a_later_due_date_and_adds_types()
    {
        var later = Access("essay", new SubmissionPolicy(), accommodation: new SubmissionAccommodation { DueAt = Due.AddDays(3), ExtraTypes = "audio" });
        var earlier = Access("essay", new SubmissionPolicy(), accommodation: new SubmissionAccommodation { DueAt = Due.AddDays(-1) });
        var noClassDate = Access("essay", new SubmissionPolicy(), hasDue: false, accommodation: new SubmissionAccommodation { DueAt = Due });

        Assert.Equal((Due.AddDays(3), true), (later.DueAt, later.HasExtendedDueDate));
        Assert.Equal([SubmissionType.Essay, SubmissionType.Audio], later.AllowedTypes);
        Assert.Equal([SubmissionType.Essay], later.ClassTypes);
        Assert.Equal((Due, false), (earlier.DueAt, earlier.HasExtendedDueDate));
        Assert.Null(noClassDate.DueAt);
    }

    [Fact]
    public void Late_work_after_an_extended_due_date_follows_the_students_own_date()
    {
        var policy = new SubmissionPolicy { AllowLate = true, LateUntil = Due.AddDays(1) };
        var access = Access("essay", policy, accommodation: new SubmissionAccommodation { DueAt = Due.AddDays(2) });

        Assert.Equal(DeadlineState.OnTime, SubmissionRules.Deadline(access.DueAt, policy, Due.AddDays(1.5)));
        Assert.Equal(DeadlineState.Closed, SubmissionRules.Deadline(access.DueAt, policy, Due.AddDays(2.1)));
        Assert.Contains("no late work after your due date", PolicySummary.Describe(access, 1L << 30, TestText.EnglishSubmissionWords()), StringComparison.Ordinal);
    }

    private static AssignmentAccess Access(string types, SubmissionPolicy policy, bool hasDue = true, SubmissionAccommodation? accommodation = null) =>
        new(new Assignment { Title = "Reflection", SubmissionTypes = types, DueAt = hasDue ? Due : null }, new Course { ContextId = "c", Title = "Course" }, policy,
            CourseRole.Student, Guid.NewGuid(), "https://lms.example", null, new ReadableStudents(false, new HashSet<Guid>()), accommodation);
}
