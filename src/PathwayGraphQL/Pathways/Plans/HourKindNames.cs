namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

public static class HourKindNames
{
    /// <summary>The kind as it reads inside a sentence: "PPS guided", "job shadow".</summary>
    public static string Describe(this HourKind kind) => kind switch
    {
        HourKind.PpsGuided => "PPS guided",
        HourKind.CommunityEngagement => "community engagement",
        HourKind.RpSupervision => "RP supervision",
        HourKind.LanguageAndCulturalStudies => "language and cultural studies",
        HourKind.JobShadow => "job shadow",
        HourKind.Internship => "internship",
        HourKind.Apprenticeship => "apprenticeship",
        _ => "other",
    };
}
