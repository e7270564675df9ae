namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>Where a step stands for a student. Steps open in order: one opens when every step before it is done or handed in.</summary>
public enum StepState
{
    Locked,
    Open,

    /// <summary>A practical task handed in and waiting for its mark (a mark below the pass reopens it).</summary>
    WaitingForMark,
    Done,
}
