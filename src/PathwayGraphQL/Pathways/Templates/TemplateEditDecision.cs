namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>What an edit of a template does, the version it is saved as, and one sentence for the coordinator.</summary>
public sealed record TemplateEditDecision(TemplateEditOutcome Outcome, int Version, string Sentence);
