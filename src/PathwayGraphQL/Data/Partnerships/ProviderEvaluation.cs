namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>One scoring of a provider with the shipped provider evaluation rubric; the score is kept as computed then.</summary>
public class ProviderEvaluation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProviderId { get; set; }
    public string TemplateKey { get; set; } = "";
    public string SelectionsJson { get; set; } = "";
    public decimal Total { get; set; }
    public decimal Maximum { get; set; }
    public decimal Percentage { get; set; }
    public string Notes { get; set; } = "";
    public Guid EvaluatedByUserId { get; set; }
    public DateTime EvaluatedAt { get; set; }
}
