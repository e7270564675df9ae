using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

/// <summary>Who resolved a double marking, how, and the totals involved; the lasting record of the final mark.</summary>
public class ModerationRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssignmentId { get; set; }
    public Guid StudentUserId { get; set; }
    public Guid FirstAssessmentId { get; set; }
    public Guid SecondAssessmentId { get; set; }
    public Guid FinalAssessmentId { get; set; }
    public decimal TotalA { get; set; }
    public decimal TotalB { get; set; }
    public decimal FinalTotal { get; set; }
    public ModerationChoice Choice { get; set; }
    public Guid DecidedByUserId { get; set; }
    public string Reason { get; set; } = "";
    public DateTime DecidedAt { get; set; }
}
