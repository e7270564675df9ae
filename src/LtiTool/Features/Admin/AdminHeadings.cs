namespace LtiPathways.LtiTool.Features.Admin;

/// <summary>Headings of the administrators' refusal pages, so every admin page refuses in the same words.</summary>
public static class AdminHeadings
{
    public const string AdministratorsOnly = "This page is for LMS administrators";

    public const string NotChanged = "Nothing was changed";
}
