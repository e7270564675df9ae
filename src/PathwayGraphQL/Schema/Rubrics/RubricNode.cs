using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Rubrics;

/// <summary>A library rubric as the API shows it; its content is in its versions.</summary>
public sealed record RubricNode(Guid Id, string Title, ShareScope Scope, string? TemplateKey, DateTime CreatedAt);
