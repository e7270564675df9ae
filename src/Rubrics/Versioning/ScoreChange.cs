namespace LtiPathways.Rubrics;

/// <summary>
/// What moving one assessment to a new version would do. <see cref="MovedSelections"/> are the selections
/// that carry over; <see cref="NotMoved"/> says, per selection, why it cannot. A null score means the
/// selections do not score on that version.
/// </summary>
public sealed record ScoreChange(
    string AssessmentId,
    ScoreResult? Before,
    ScoreResult? After,
    Selections MovedSelections,
    ValueList<Problem> NotMoved)
{
    public bool Changed =>
        Before?.Total != After?.Total || Before?.LmsPoints != After?.LmsPoints || Before?.IbGrade != After?.IbGrade
        || NotMoved.Count > 0;
}
