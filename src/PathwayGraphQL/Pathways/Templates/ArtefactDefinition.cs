namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>
/// An artefact a requirement asks for: the key a plan's <c>ProjectArtefact.Kind</c> carries, and its name. A
/// <see cref="HandedIn"/> artefact (the Reflective Project's final submission) counts only when it links a submission
/// the student handed in through the tool.
/// </summary>
public sealed record ArtefactDefinition(string Key, string Name, bool HandedIn = false);
