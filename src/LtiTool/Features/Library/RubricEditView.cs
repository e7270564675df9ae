namespace LtiPathways.LtiTool.Features.Library;

public record RubricEditView(Guid RubricId, string Title, int LatestVersion, string Json, string SessionToken, string? Notice = null, IReadOnlyList<string>? Problems = null);
