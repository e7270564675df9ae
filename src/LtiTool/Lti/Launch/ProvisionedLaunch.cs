using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>The records a launch touched; course and link are absent for launches outside a course.</summary>
public record ProvisionedLaunch(LtiUser User, Course? Course, ResourceLink? ResourceLink, CourseRole Role);
