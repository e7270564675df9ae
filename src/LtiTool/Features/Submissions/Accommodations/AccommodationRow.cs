namespace LtiPathways.LtiTool.Features.Submissions.Accommodations;

/// <summary>One student's accommodation as staff see it listed.</summary>
public record AccommodationRow(Guid StudentUserId, string StudentName, string Grants, string Note, string SetBy, DateTime SetAt);
