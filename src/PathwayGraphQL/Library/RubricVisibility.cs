using System.Linq.Expressions;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Library;

/// <summary>
/// Which library rubrics a course may see: its own course rubrics, and the rubrics shared with its institution,
/// which is the course's registration (one platform's client); never another platform's.
/// </summary>
public static class RubricVisibility
{
    public static Expression<Func<LibraryRubric, bool>> VisibleTo(Guid registrationId, Guid deploymentId, Guid courseId) =>
        r => r.RegistrationId == registrationId
            && ((r.CourseId == courseId && r.DeploymentId == deploymentId) || (r.Scope == ShareScope.Institution && r.CourseId == null));
}
