using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>
/// A reflection or learning-journal entry: written text, or a recording handed in through the submission pieces
/// (<see cref="MediaSubmissionId"/>). <see cref="RequirementKeys"/> names what it reflects on, e.g. Community Engagement.
/// </summary>
public sealed record Reflection(
    Guid Id,
    ReflectionKind Kind,
    DateOnly WrittenOn,
    string? Text,
    Guid? MediaSubmissionId,
    ValueList<string> RequirementKeys) : IPlanItem;
