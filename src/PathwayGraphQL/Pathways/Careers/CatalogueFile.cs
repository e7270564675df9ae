namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>The shape of the catalogue JSON as written; every field may be missing until <see cref="CatalogueReader"/> checks it.</summary>
internal sealed record CatalogueFile(string? Framework, List<ClusterEntry?>? Clusters);

internal sealed record ClusterEntry(string? Name, string? Description, List<PathwayEntry?>? Pathways);

internal sealed record PathwayEntry(
    string? Name,
    string? Description,
    List<string?>? Occupations,
    List<string?>? Certifications,
    List<string?>? IbSubjects,
    string? Riasec);
