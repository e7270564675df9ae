using System.IO.Compression;
using System.Text;

namespace LtiPathways.LtiTool.Storage;

/// <summary>
/// Tells a file's type from its magic bytes, never from its name or the browser's Content-Type. Executables and
/// anything unrecognised are refused with a sentence the student can act on.
/// </summary>
public static class FileTypeDetector
{
    private const int HeadLength = 8192;

    public static async Task<DetectedType> DetectAsync(string path, CancellationToken cancellationToken)
    {
        var head = new byte[HeadLength];
        int length;
        await using (var file = File.OpenRead(path))
        {
            length = await file.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, cancellationToken);
        }

        var bytes = head.AsSpan(0, length);
        if (length == 0)
        {
            return DetectedType.Refused("The file is empty; choose the file again.");
        }

        if (Executable(bytes) is { } program)
        {
            return DetectedType.Refused($"This file is {program}, which LtiPathways does not accept; upload a document, image, video or audio file.");
        }

        return Media(bytes)
            ?? (Starts(bytes, "PK\x03\x04"u8) ? OfficeDocument(path) : null)
            ?? (IsText(bytes) ? new DetectedType("text/plain", "text") : null)
            ?? DetectedType.Refused(
                "LtiPathways could not recognise this file's type. Accepted: PDF, Word, Excel, PowerPoint, plain text, PNG, JPEG, GIF, WebP, MP4, MOV, WebM, Ogg, MP3, WAV and M4A.");
    }

    private static string? Executable(ReadOnlySpan<byte> b) =>
        Starts(b, "MZ"u8) ? "a Windows program"
        : Starts(b, [0x7F, 0x45, 0x4C, 0x46]) ? "a Linux program"
        : Starts(b, [0xFE, 0xED, 0xFA, 0xCE]) || Starts(b, [0xFE, 0xED, 0xFA, 0xCF]) || Starts(b, [0xCE, 0xFA, 0xED, 0xFE])
            || Starts(b, [0xCF, 0xFA, 0xED, 0xFE]) || Starts(b, [0xCA, 0xFE, 0xBA, 0xBE]) ? "a macOS program"
        : Starts(b, "#!"u8) ? "a script"
        : null;

    private static DetectedType? Media(ReadOnlySpan<byte> b)
    {
        if (Starts(b, "%PDF-"u8)) return new("application/pdf", "PDF");
        if (Starts(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return new("image/png", "PNG image");
        if (Starts(b, [0xFF, 0xD8, 0xFF])) return new("image/jpeg", "JPEG image");
        if (Starts(b, "GIF87a"u8) || Starts(b, "GIF89a"u8)) return new("image/gif", "GIF image");
        if (Starts(b, "RIFF"u8) && At(b, 8, "WEBP"u8)) return new("image/webp", "WebP image");
        if (Starts(b, "RIFF"u8) && At(b, 8, "WAVE"u8)) return new("audio/wav", "WAV audio");
        if (At(b, 4, "ftyp"u8)) return IsoMedia(b);
        if (Starts(b, [0x1A, 0x45, 0xDF, 0xA3]))
        {
            // EBML header: the DocType element says WebM or Matroska within the first few dozen bytes.
            return b[..Math.Min(b.Length, 64)].IndexOf("webm"u8) >= 0 ? new("video/webm", "WebM video") : new("video/x-matroska", "Matroska video");
        }

        if (Starts(b, "OggS"u8)) return new("audio/ogg", "Ogg audio");
        if (Starts(b, "ID3"u8) || (b.Length > 1 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0)) return new("audio/mpeg", "MP3 audio");
        return null;
    }

    private static DetectedType IsoMedia(ReadOnlySpan<byte> b)
    {
        var brand = b.Length >= 12 ? Encoding.ASCII.GetString(b[8..12]) : "";
        return brand switch
        {
            "qt  " => new("video/quicktime", "QuickTime video"),
            "M4A " or "M4B " => new("audio/mp4", "M4A audio"),
            _ => new("video/mp4", "MP4 video"),
        };
    }

    private static DetectedType? OfficeDocument(string path)
    {
        try
        {
            // Only the central directory is read, so a large archive is not loaded.
            using var zip = ZipFile.OpenRead(path);
            bool Has(string name) => zip.GetEntry(name) is not null;
            if (!Has("[Content_Types].xml"))
            {
                return DetectedType.Refused("This is a ZIP archive; LtiPathways accepts Word, Excel and PowerPoint files but not other archives.");
            }

            return Has("word/document.xml") ? new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document")
                : Has("xl/workbook.xml") ? new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook")
                : Has("ppt/presentation.xml") ? new("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation")
                : DetectedType.Refused("This Office file is neither a Word, an Excel nor a PowerPoint file; save it as one of those or as PDF.");
        }
        catch (InvalidDataException)
        {
            return DetectedType.Refused("This file looks like a ZIP archive but is damaged; save it again and upload the new copy.");
        }
    }

    private static bool IsText(ReadOnlySpan<byte> b)
    {
        if (b.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        // A multi-byte character may be cut at the end of the sample; allow for it.
        var sample = b.Length == HeadLength ? b[..(HeadLength - 4)] : b;
        return System.Text.Unicode.Utf8.IsValid(sample) || System.Text.Unicode.Utf8.IsValid(sample[..Math.Max(0, sample.Length - 3)]);
    }

    private static bool Starts(ReadOnlySpan<byte> b, ReadOnlySpan<byte> prefix) => b.StartsWith(prefix);

    private static bool At(ReadOnlySpan<byte> b, int offset, ReadOnlySpan<byte> value) =>
        b.Length >= offset + value.Length && b.Slice(offset, value.Length).SequenceEqual(value);
}
