using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Storage;

/// <summary>The rest of the <c>Storage</c> section: which store keeps the blobs (Storage:Root stays the local folder and temp space).</summary>
public class BlobStorageOptions : IValidatableObject
{
    public BlobStorageProvider Provider { get; set; } = BlobStorageProvider.Local;

    public S3StorageOptions S3 { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == BlobStorageProvider.S3
            && (string.IsNullOrWhiteSpace(S3.Endpoint) || string.IsNullOrWhiteSpace(S3.Bucket)
                || string.IsNullOrWhiteSpace(S3.AccessKey) || string.IsNullOrWhiteSpace(S3.SecretKey)))
        {
            yield return new ValidationResult(
                "Storage:Provider is S3, so Storage:S3:Endpoint, Bucket, AccessKey and SecretKey must all be set.", ["S3"]);
        }
    }
}
