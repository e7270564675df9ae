namespace LtiPathways.LtiTool.Features.Mentors;

/// <summary>Names MentorText.resx: the words of the mentors' pages, inside the LMS and through a signed link.</summary>
public sealed class MentorText;
