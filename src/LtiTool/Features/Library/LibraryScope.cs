using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Features.Library;

/// <summary>A teacher's session in a course, the only way the library is opened.</summary>
public record LibraryScope(ToolSession Session, Course Course)
{
    public Guid RegistrationId => Session.RegistrationId;
    public Guid DeploymentId => Course.DeploymentId;
    public Guid CourseId => Course.Id;
    public Guid UserId => Session.UserId;
}
