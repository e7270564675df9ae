namespace LtiPathways.LtiTool.Features.Modules;

/// <summary>Names ModuleText.resx: the words of the self-paced modules' pages and their script ("Js." keys).</summary>
public sealed class ModuleText;
