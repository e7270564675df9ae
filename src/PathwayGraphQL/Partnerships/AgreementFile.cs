using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>
/// The signed document attached to an agreement, once stored: its blob key, the name it was uploaded with, the type its
/// bytes showed and its size. An agreement is a document, so only documents and scans are taken, and none above 10 MB.
/// </summary>
public sealed record AgreementFile(string Key, string Name, string MediaType, long Size)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> AcceptedTypes =
    [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "image/png",
        "image/jpeg",
    ];

    public static Refusal? RefuseSize(long size) =>
        size > MaxBytes
            ? Refusal.TooLarge($"The file is {size / (1024m * 1024m):0.0} MB; an agreement file may be at most 10 MB. Nothing was saved; attach a smaller copy.")
            : size == 0 ? Refusal.Invalid("The file is empty; choose the signed agreement again.") : null;

    /// <summary>The type as the file's bytes show it (never its name); <paramref name="label"/> names it in the sentence.</summary>
    public static Refusal? RefuseType(string mediaType, string label) =>
        AcceptedTypes.Contains(mediaType)
            ? null
            : Refusal.Invalid($"This file is {(label.Length > 0 ? "a " + label : "of a type LtiPathways does not recognise")}; attach the agreement as PDF, Word, PNG or JPEG.");
}
