namespace LtiPathways.PathwayGraphQL.Assessments.Release;

/// <summary>The moderated mark just recorded: the points it will send to the LMS, out of the line item's maximum.</summary>
public sealed record FinalMark(decimal? LmsPoints, decimal ScoreMaximum);
