namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>Names SubmissionText.resx: the words of the student's submission pages and their scripts ("Js." keys).</summary>
public sealed class SubmissionText;
