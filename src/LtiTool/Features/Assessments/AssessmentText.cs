namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>Names AssessmentText.resx: the words of the rubric marking pages.</summary>
public sealed class AssessmentText;
