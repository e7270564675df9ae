namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary><see cref="Course"/> may only be taken in a grade year after <see cref="Requires"/> (courses named by subject).</summary>
public sealed record Prerequisite(string Course, string Requires);
