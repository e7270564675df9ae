namespace LtiPathways.LtiTool.Features.Submissions.LinkPreviews;

/// <summary>Thrown from inside the HTTP handler (the connect step), where a refusal cannot be returned as a value.</summary>
public class LinkPreviewRefusedException(string sentence) : Exception(sentence)
{
    public string Sentence { get; } = sentence;
}
