using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>The <c>Uploads</c> section: tool-wide limits of resumable uploads.</summary>
public class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>The largest file anyone may upload (2 GiB by default); an assignment may set less.</summary>
    [Range(1, long.MaxValue)] public long MaxBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>An upload untouched this long expires and its partial file is removed.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")] public TimeSpan ExpiresAfter { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")] public TimeSpan CleanupEvery { get; set; } = TimeSpan.FromMinutes(10);
}
