namespace LtiPathways.PathwayGraphQL.Data.Platforms;

/// <summary>The LTI Advantage scopes (AGS 2.0 section 3.1, NRPS 2.0 section 3.1).</summary>
public static class PlatformScopes
{
    public const string LineItem = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public const string LineItemReadOnly = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public const string ResultReadOnly = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public const string Score = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public const string Memberships = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    public const string All = LineItem + " " + LineItemReadOnly + " " + ResultReadOnly + " " + Score + " " + Memberships;
}
