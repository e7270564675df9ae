using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Features.Home;

/// <summary>One row of the course's member list.</summary>
public record HomeMember(string Name, CourseRole Role, DateTime? LastLaunchAt);
