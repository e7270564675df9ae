namespace LtiPathways.PathwayGraphQL.Data.Modules;

/// <summary>
/// One student's work in one module, kept from their first step so they resume where they left off.
/// <see cref="Concurrency"/> changes on every save, so two tabs answering at once cannot lose an attempt.
/// </summary>
public class ModuleEnrolment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ModuleId { get; set; }
    public Guid StudentUserId { get; set; }
    public required string WorkJson { get; set; }
    public int StepsDone { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public Guid Concurrency { get; set; } = Guid.NewGuid();
}
