namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>The comments on a file the reader may see: none until the student's grade is released, for everyone but staff.</summary>
public sealed record MediaCommentList(bool Released, IReadOnlyList<ListedMediaComment> Comments);
