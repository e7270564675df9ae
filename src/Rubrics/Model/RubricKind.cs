namespace LtiPathways.Rubrics;

public enum RubricKind
{
    /// <summary>Criteria with point levels or point ranges, weights, and optional free-form criteria.</summary>
    Analytic,

    /// <summary>One scale whose levels describe the work as a whole.</summary>
    Holistic,

    /// <summary>Each criterion states the standard; the marker notes concerns, meets or exceeds.</summary>
    SinglePoint,

    /// <summary>IB-style markbands chosen by best fit, a mark within the band, totals converted to a 1–7 grade.</summary>
    IbMarkbands,
}
