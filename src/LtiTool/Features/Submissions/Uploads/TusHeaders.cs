namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>Header names and values of the tus 1.0.0 resumable upload protocol (https://tus.io/protocols/resumable-upload).</summary>
public static class TusHeaders
{
    public const string Version = "1.0.0";
    public const string Resumable = "Tus-Resumable";
    public const string SupportedVersions = "Tus-Version";
    public const string Extensions = "Tus-Extension";
    public const string MaxSize = "Tus-Max-Size";
    public const string UploadOffset = "Upload-Offset";
    public const string UploadLength = "Upload-Length";
    public const string UploadDeferLength = "Upload-Defer-Length";
    public const string UploadMetadata = "Upload-Metadata";
    public const string UploadExpires = "Upload-Expires";
    public const string OffsetContentType = "application/offset+octet-stream";

    /// <summary>Not part of tus: the submission file a completed upload became, for the page to show it.</summary>
    public const string FileId = "Upload-File-Id";

    public const string SupportedExtensions = "creation,creation-defer-length,expiration,termination";
}
