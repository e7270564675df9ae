using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Features.Home;

/// <summary>What the landing page shows: who, where, and (for staff) the course's class list.</summary>
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
}
