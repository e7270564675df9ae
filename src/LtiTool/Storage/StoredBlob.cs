namespace LtiPathways.LtiTool.Storage;

/// <summary>A blob as stored: its content address (key), SHA-256 in lower-case hex, and size in bytes.</summary>
public record StoredBlob(string Key, string Sha256, long Size);
