using LtiPathways.LtiTool.Features.Grading;

namespace LtiPathways.LtiTool.Features.Assessments.Marking;

/// <summary>One student in the grading view's class list: where their marking is, and how its passback is going.</summary>
public record MarkingRow(Guid UserId, string Name, string Marking, decimal? LmsPoints, PassbackState Passback, string? PassbackReason, DateTime? ReleasedAt);
