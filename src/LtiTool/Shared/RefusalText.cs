namespace LtiPathways.LtiTool.Shared;

/// <summary>
/// Names RefusalText.resx: refusal sentences and headings, keyed by their English words because the school core and the
/// launch chain speak English; the problem page shows the translation when there is one, else the English sentence.
/// </summary>
public sealed class RefusalText;
