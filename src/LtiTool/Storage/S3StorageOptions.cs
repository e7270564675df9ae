namespace LtiPathways.LtiTool.Storage;

/// <summary><c>Storage:S3</c>: an S3-compatible service (MinIO, AWS, Ceph…).</summary>
public class S3StorageOptions
{
    /// <summary>Host and optional port, without scheme, e.g. <c>minio.school.internal:9000</c>.</summary>
    public string Endpoint { get; set; } = "";

    public string Bucket { get; set; } = "";
    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";
    public string? Region { get; set; }
    public bool UseSsl { get; set; } = true;
}
