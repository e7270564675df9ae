namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>An artefact a requirement asks for: the key a plan's <c>ProjectArtefact.Kind</c> carries, and its name.</summary>
public sealed record ArtefactDefinition(string Key, string Name);
