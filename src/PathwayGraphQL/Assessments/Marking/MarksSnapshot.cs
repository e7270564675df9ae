using System.Text.Json.Nodes;

namespace LtiPathways.PathwayGraphQL.Assessments.Marking;

/// <summary>One side of a conflict as the page shows it: the marks, who saved them and when, and their total.</summary>
public record MarksSnapshot(Guid? Version, JsonNode Marks, string? SavedBy, DateTime? SavedAt, MarkingScore? Score);
