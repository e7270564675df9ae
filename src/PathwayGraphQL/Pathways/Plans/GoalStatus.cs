namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

public enum GoalStatus
{
    NotStarted,
    InProgress,
    Achieved,
    Dropped,
}
