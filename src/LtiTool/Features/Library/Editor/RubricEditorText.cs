namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>Names RubricEditorText.resx: the words of the rubric editor and its script ("Js." keys).</summary>
public sealed class RubricEditorText;
