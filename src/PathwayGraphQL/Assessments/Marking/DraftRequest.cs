using System.Text.Json.Nodes;

namespace LtiPathways.PathwayGraphQL.Assessments.Marking;

/// <summary>An autosave from the grading page: whose work, which marking, the version it was based on, and the marks (SelectionsJson).</summary>
public record DraftRequest(Guid Student, string? Kind, Guid? BaseVersion, JsonObject? Marks);
