namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

public enum TemplateEditOutcome
{
    /// <summary>The edit changes the version itself: no plan uses it, or only names changed.</summary>
    InPlace,

    /// <summary>Plans use the version and keep it; the edit becomes the next version, for new plans.</summary>
    NewVersion,

    /// <summary>The edit would break the template or misread plans' data; nothing changes.</summary>
    Refused,
}
