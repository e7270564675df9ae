namespace LtiPathways.LtiTool.Features.Partnerships;

/// <summary>Names PartnershipText.resx: the words of the CRS partnership pages (catalogue, provider records, forms).</summary>
public sealed class PartnershipText;
