using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>The assignment a session opened, with the course, link and registration it belongs to; loaded only through the session.</summary>
public record GradingScope(PlatformRegistration Registration, Course Course, ResourceLink Link, Assignment Assignment);
