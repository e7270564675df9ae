namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>A time-coded comment as a reader sees it; <see cref="Mine"/> says whether the reader may delete it.</summary>
/// <param name="Criterion">The title of the rubric criterion the comment is about, when it names one.</param>
public sealed record ListedMediaComment(
    Guid Id, double Seconds, string Text, string? CriterionId, string? Criterion, string Author, DateTime CreatedAt, bool Mine);
