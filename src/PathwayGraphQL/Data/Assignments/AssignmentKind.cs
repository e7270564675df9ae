namespace LtiPathways.PathwayGraphQL.Data.Assignments;

public enum AssignmentKind
{
    AssessedWork,
    PathwayPlanner,
    CoordinatorDashboard,
}
