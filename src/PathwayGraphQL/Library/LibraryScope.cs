using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Library;

/// <summary>A teacher in a course, the only way the library is opened.</summary>
public record LibraryScope(Viewer Viewer, Course Course)
{
    public Guid RegistrationId => Viewer.RegistrationId;
    public Guid DeploymentId => Course.DeploymentId;
    public Guid CourseId => Course.Id;
    public Guid UserId => Viewer.PersonId;
}
