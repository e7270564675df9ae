using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Features.Home;

/// <summary>One row of the course's class list; LastLaunchAt is null for people who have never opened the tool.</summary>
public record HomeMember(string Name, CourseRole Role, DateTime? LastLaunchAt)
{
    public bool NeverOpened => LastLaunchAt is null;
}
