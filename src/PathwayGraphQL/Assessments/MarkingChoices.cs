namespace LtiPathways.PathwayGraphQL.Assessments;

/// <summary>How a teacher wants an assignment marked: the rubric in advance, self-, peer- and double marking.</summary>
public sealed record MarkingChoices(bool ShowRubric, bool SelfAssessment, bool PeerAssessment, int PeerReviewCount, bool DoubleMarking, Guid? SecondMarker)
{
    public const int MostReviews = 5;
}
