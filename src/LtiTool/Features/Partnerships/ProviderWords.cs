using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.LtiTool.Features.Partnerships;

/// <summary>How the catalogue's kinds, stages and modalities read on the pages.</summary>
public static class ProviderWords
{
    public static string Of(ProviderKind kind) => kind switch
    {
        ProviderKind.AccreditedInternational => "Accredited international provider",
        ProviderKind.UniversityOrCollege => "University or college",
        ProviderKind.LocalIndustryBody => "Local industry body",
        ProviderKind.GovernmentOrNgo => "Government or NGO training",
        _ => "Online platform",
    };

    public static string Of(ProviderStatus status) => status switch
    {
        ProviderStatus.Prospective => "Prospective",
        ProviderStatus.UnderEvaluation => "Under evaluation",
        ProviderStatus.Agreed => "Agreement signed",
        ProviderStatus.Pilot => "Piloting",
        ProviderStatus.Active => "Active",
        ProviderStatus.Paused => "Paused",
        _ => "Ended",
    };

    public static string Of(CourseModality modality) => modality switch
    {
        CourseModality.InPerson => "In person",
        CourseModality.Online => "Online",
        _ => "Blended",
    };

    /// <summary>A year-over-year change with its sign in words, so the direction does not rest on colour or an arrow.</summary>
    public static string Change(decimal? change, string unit = "") => change switch
    {
        null => "first year reviewed",
        0 => "no change",
        > 0 => $"up {change.Value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}{unit}",
        _ => $"down {(-change.Value).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}{unit}",
    };
}
