namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>Names GradingText.resx: the words of the points view, the student switcher and grade passback states.</summary>
public sealed class GradingText;
