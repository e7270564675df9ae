namespace LtiPathways.PathwayGraphQL.Grading;

/// <summary>Why a released grade stays in LtiPathways instead of going to the LMS gradebook.</summary>
public enum MissingColumnReason
{
    /// <summary>The link has no coupled line item and the course no line item service.</summary>
    NotOffered,

    /// <summary>The LMS created a column but its answer held no URL.</summary>
    LocationNotGiven,

    /// <summary>The line item service refused or failed; its words are kept.</summary>
    PlatformRefused,
}
