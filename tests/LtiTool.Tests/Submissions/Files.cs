using System.Text;

namespace LtiPathways.LtiTool.Tests.Submissions;

/// <summary>Small files with real magic bytes.</summary>
public static class Files
{
    public static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>The start of a WebM file (EBML header with DocType webm) padded to the length.</summary>
    public static byte[] WebM(int length)
    {
        var bytes = new byte[length];
        new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84 }.CopyTo(bytes, 0);
        Encoding.ASCII.GetBytes("webm").CopyTo(bytes, 12);
        return bytes;
    }
}
