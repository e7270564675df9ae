namespace LtiPathways.LtiTool.Storage;

public enum BlobStorageProvider
{
    Local,
    S3,
}
