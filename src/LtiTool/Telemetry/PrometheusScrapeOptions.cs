using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Telemetry;

/// <summary>The <c>Telemetry:Prometheus</c> configuration section: the metrics scrape endpoint, off unless turned on.</summary>
public class PrometheusScrapeOptions : IValidatableObject
{
    public const string Section = "Telemetry:Prometheus";

    public bool Enabled { get; set; }

    [RegularExpression("^/[A-Za-z0-9/_.-]*$", ErrorMessage = "Telemetry:Prometheus:Path must be a path starting with /.")]
    public string Path { get; set; } = "/metrics";

    /// <summary>The bearer secret a scraper sends (Prometheus' <c>authorization: credentials</c>); required when enabled.</summary>
    public string? Secret { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (Secret is null || Secret.Length < 24))
        {
            yield return new ValidationResult(
                "Telemetry:Prometheus:Secret must be set (at least 24 characters) when Telemetry:Prometheus:Enabled is true; scrapers send it as a bearer token.",
                [nameof(Secret)]);
        }
    }
}
