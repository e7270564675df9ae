namespace LtiPathways.LtiTool.Lti.DeepLinking;

/// <summary>How the platform should open a placed link, chosen from accept_presentation_document_targets.</summary>
public enum PresentationTarget
{
    None,
    Iframe,
    Window,
}
