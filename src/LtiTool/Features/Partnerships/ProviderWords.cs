using System.Globalization;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Partnerships;

/// <summary>How a scorecard's changes read on the pages (the kinds, stages and modalities are PartnershipText's "Kind.*", "Status.*", "Modality.*").</summary>
public static class ProviderWords
{
    /// <summary>A year-over-year change with its sign in words, so the direction does not rest on colour or an arrow.</summary>
    public static string Change(decimal? change, IStringLocalizer<PartnershipText> text, bool points = false) => change switch
    {
        null => text["Change.First"],
        0 => text["Change.None"],
        > 0 => text[points ? "Change.UpPoints" : "Change.Up", change.Value.ToString("0.#", CultureInfo.CurrentCulture)],
        _ => text[points ? "Change.DownPoints" : "Change.Down", (-change.Value).ToString("0.#", CultureInfo.CurrentCulture)],
    };
}
