namespace LtiPathways.PathwayGraphQL.Assessments.Marking;

/// <summary>What an autosave came to when it was allowed: <see cref="DraftSaved"/>, or a <see cref="DraftConflict"/> with both sides.</summary>
public abstract record DraftResult;
