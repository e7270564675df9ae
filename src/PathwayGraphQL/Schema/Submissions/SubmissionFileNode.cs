using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.PathwayGraphQL.Schema.Submissions;

public sealed record SubmissionFileNode(
    Guid Id, SubmissionFileRole Role, SubmissionType Part, string Name, string MediaType, long Size, double? DurationSeconds);
