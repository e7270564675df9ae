using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Features.Mentors.SignedLinks;

/// <summary>Signed links for outside mentors: how long a new one works unless the advisor chooses, and how often one address may use them.</summary>
public sealed class SignedLinkOptions
{
    public const string Section = "SignedLinks";

    [Range(1, PathwayGraphQL.Mentoring.StudentMentors.MaxValidDays)]
    public int DefaultValidDays { get; set; } = 90;

    [Range(1, 10_000)]
    public int RequestsPerMinute { get; set; } = 60;
}
