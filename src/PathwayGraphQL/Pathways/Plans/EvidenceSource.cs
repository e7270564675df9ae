namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

public enum EvidenceSource
{
    Submission,
    RubricAssessment,
}
