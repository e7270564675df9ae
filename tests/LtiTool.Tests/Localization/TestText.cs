using System.Globalization;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Features.Submissions.StudentWork;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Tests.Localization;

/// <summary>The tool's resources outside a host, for tests of code that builds sentences.</summary>
public static class TestText
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public static IStringLocalizer<T> For<T>() => new StringLocalizer<T>(Factory);

    /// <summary>English words with moments in UTC, as a launch without a locale or time zone shows them.</summary>
    public static SubmissionWords EnglishSubmissionWords()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
        return new SubmissionWords(For<SubmissionText>(), Moments.Show);
    }
}
