using System.Text.Json.Serialization;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>
/// A reflection or learning-journal entry: written text, or an audio or video recording made for the plan with the
/// submission pieces' recorder and uploads (<see cref="RecordingFileId"/>, the original file), or both.
/// <see cref="RequirementKeys"/> names what it reflects on, e.g. Community Engagement.
/// </summary>
public sealed record Reflection(
    Guid Id,
    ReflectionKind Kind,
    DateOnly WrittenOn,
    string? Text,
    // Stored plans already carry the field under its first name; the stored name stays so every version still reads.
    [property: JsonPropertyName("mediaSubmissionId")] Guid? RecordingFileId,
    ValueList<string> RequirementKeys) : IPlanItem;
