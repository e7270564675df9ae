namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>Text to read, written in Markdown; it is rendered and sanitised like an essay before it reaches a page.</summary>
public sealed record ReadingStep(string Id, string Title, string Markdown) : ModuleStep(Id, Title);
