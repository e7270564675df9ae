namespace LtiPathways.Rubrics;

/// <summary>A band of whole marks, e.g. 3–4, with the descriptor the marker judges best fit against.</summary>
public sealed record Markband(string Id, int Minimum, int Maximum, string Descriptor);
