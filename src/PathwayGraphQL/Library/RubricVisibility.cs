using System.Linq.Expressions;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Library;

/// <summary>
/// Which library rubrics a course may see: its own course rubrics, and the rubrics shared with its institution: the
/// course's registration and deployment (<see cref="Access.Institution"/>). Schools that share one platform registration
/// (one Canvas key across a consortium) are separate deployments, so they never see each other's rubrics.
/// </summary>
public static class RubricVisibility
{
    public static Expression<Func<LibraryRubric, bool>> VisibleTo(Guid registrationId, Guid deploymentId, Guid courseId) =>
        r => r.RegistrationId == registrationId && r.DeploymentId == deploymentId
            && (r.CourseId == courseId || (r.Scope == ShareScope.Institution && r.CourseId == null));
}
