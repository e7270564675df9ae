namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>A file as a page shows it: name, type, size and a signed link.</summary>
public record SubmittedFileView(Guid Id, string Name, string MediaType, long Size, string Url, string? PosterUrl);
