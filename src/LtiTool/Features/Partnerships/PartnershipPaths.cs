using LtiPathways.LtiTool.Shared;

namespace LtiPathways.LtiTool.Features.Partnerships;

/// <summary>Where the partnership pages live; pages link with these, endpoints map them.</summary>
public static class PartnershipPaths
{
    public const string Root = ToolLinks.Partnerships;
    public const string Providers = Root + "/providers";
    public const string NewProvider = Providers + "/new";

    public static string Provider(Guid providerId) => $"{Providers}/{providerId}";

    public static string Edit(Guid providerId) => $"{Provider(providerId)}/edit";

    public static string Records(Guid providerId, string records) => $"{Provider(providerId)}/{records}";

    public static string AgreementFile(Guid providerId, Guid agreementId) => $"{Provider(providerId)}/agreements/{agreementId}/file";
}
