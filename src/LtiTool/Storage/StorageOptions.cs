using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Storage;

/// <summary>The <c>Storage</c> section: where submitted media and files are kept.</summary>
public class StorageOptions
{
    public const string Section = "Storage";

    [Required] public string Root { get; set; } = "media";
}
