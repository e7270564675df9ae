namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

public enum AssessmentStatus
{
    Draft,
    Released,
}
