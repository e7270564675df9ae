namespace LtiPathways.LtiTool.Features.Mentoring;

/// <summary>Names MentoringText.resx: the words shown to a mentor across features.</summary>
public sealed class MentoringText;
