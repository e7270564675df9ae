using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Features.Home;

/// <summary>What the landing page shows: who, where, and (for staff) who else has opened the tool in this course.</summary>
public record HomeView(
    string UserName,
    string? CourseTitle,
    string? ResourceLinkTitle,
    CourseRole Role,
    string MessageType,
    IReadOnlyList<HomeMember> Members,
    string SessionToken);
