namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>The https://canvas.instructure.com/lti/submission extension of a score (checklist D.30); a null NewSubmission is left out.</summary>
public record CanvasSubmission(bool? NewSubmission, string SubmissionType, DateTimeOffset? SubmittedAt);
