using System.Globalization;

namespace LtiPathways.PathwayGraphQL.Outcomes;

/// <summary>How a moment reads in a sentence, the same on every page and in every refusal: always UTC, to the minute.</summary>
public static class Moments
{
    public static string Show(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
