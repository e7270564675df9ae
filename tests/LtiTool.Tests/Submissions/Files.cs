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
}
