namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

/// <summary>Marks that lost a conflict or were replaced, kept so that nothing a marker typed is lost.</summary>
public class AssessmentHistoryEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssessmentId { get; set; }
    public Guid SavedByUserId { get; set; }
    public string SelectionsJson { get; set; } = "";
    public string OverallComment { get; set; } = "";

    /// <summary>Why it was kept, e.g. "conflict" or "moved to version 2".</summary>
    public string Reason { get; set; } = "";

    public DateTime SavedAt { get; set; }
}
