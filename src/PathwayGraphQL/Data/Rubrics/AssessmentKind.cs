namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

public enum AssessmentKind
{
    /// <summary>The course's marking of the work; the one passed back unless double marking is on.</summary>
    Teacher,

    /// <summary>The blind second marking under double marking.</summary>
    SecondMarker,

    /// <summary>The moderator's final mark under double marking; the one passed back then.</summary>
    Moderated,

    /// <summary>The student on their own work; never passed back.</summary>
    Self,

    /// <summary>Another student on the work; never passed back.</summary>
    Peer,
}
