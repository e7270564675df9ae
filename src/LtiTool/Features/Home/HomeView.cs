using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Features.Home;

/// <summary>What the landing page shows: who, where, and the class list (staff) or the mentees and their work (mentors).</summary>
public record HomeView(
    string UserName,
    string? CourseTitle,
    string? ResourceLinkTitle,
    CourseRole Role,
    string MessageType,
    IReadOnlyList<HomeMember> Members,
    string SessionToken)
{
    /// <summary>When the class list was last read from the LMS roster; null if never.</summary>
    public DateTime? RosterSyncedAt { get; init; }

    /// <summary>True when the LMS offers the roster (NRPS) for this course.</summary>
    public bool RosterAvailable { get; init; }

    /// <summary>A sentence about the roster sync just requested, if any.</summary>
    public string? RosterNotice { get; init; }

    /// <summary>For a mentor: the students of this course their LMS links to them.</summary>
    public IReadOnlyList<string> Mentees { get; init; } = [];

    /// <summary>For a mentor with mentees: the course's assessed work, each opening their mentees' submissions.</summary>
    public IReadOnlyList<HomeAssignment> AssessedWork { get; init; } = [];
}
