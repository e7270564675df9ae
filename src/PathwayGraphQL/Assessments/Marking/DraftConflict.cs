namespace LtiPathways.PathwayGraphQL.Assessments.Marking;

/// <summary>Someone saved first: nothing was overwritten, and the losing marks were kept as a history row.</summary>
public sealed record DraftConflict(MarksSnapshot Theirs, MarksSnapshot Yours) : DraftResult
{
    public string Sentence =>
        $"{Theirs.SavedBy ?? "Someone"} saved these marks while you were marking. Both versions are below: keep theirs, take yours, or merge.";
}
