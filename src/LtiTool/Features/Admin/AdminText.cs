namespace LtiPathways.LtiTool.Features.Admin;

/// <summary>Names AdminText.resx: the words of the administrators' pages (registrations, API tokens, coordinators).</summary>
public sealed class AdminText;
