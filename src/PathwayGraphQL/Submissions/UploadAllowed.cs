using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>An upload a student may start: the part of their work it is for, and the most bytes it may have.</summary>
public sealed record UploadAllowed(SubmissionType Part, long MaxBytes);
