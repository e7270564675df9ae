using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Access;

/// <summary>
/// Who is asking, as a launch established it: the person, their platform registration and deployment (the institution),
/// the course and resource link they opened, and their role there. Every rule and query of the school core is scoped by it;
/// it knows nothing of HTTP, so pages, the GraphQL API and the command line pass the same thing.
/// </summary>
public sealed record Viewer(
    Guid PersonId,
    Guid RegistrationId,
    Guid DeploymentId,
    Guid? CourseId,
    Guid? ResourceLinkId,
    CourseRole Role)
{
    public bool IsStaff => Role >= CourseRole.Teacher;
}
