namespace LtiPathways.PathwayGraphQL.Data.Reels;

/// <summary>What a slide shows: handed-in work (an essay, its recordings), a released rubric result, or a reflection of the plan.</summary>
public enum ReelSlideSource
{
    Submission,
    RubricAssessment,
    Reflection,
}
