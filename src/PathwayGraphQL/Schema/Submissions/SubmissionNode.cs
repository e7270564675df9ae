using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Schema.People;

namespace LtiPathways.PathwayGraphQL.Schema.Submissions;

/// <summary>One attempt as the API shows it: metadata and files, never the essay or link text themselves.</summary>
public sealed record SubmissionNode(
    Guid Id, PersonNode Student, SubmissionStatus Status, int Attempt, bool HasEssay, bool HasLink, int WordCount, bool IsLate,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime? SubmittedAt, DateTime? WithdrawnAt, IReadOnlyList<SubmissionFileNode> Files);
