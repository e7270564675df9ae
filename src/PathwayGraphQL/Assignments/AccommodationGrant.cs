using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>What a teacher grants one student on an assignment, already checked: a later due date, more ways to submit, a note.</summary>
public sealed record AccommodationGrant(Guid StudentUserId, DateTime? DueAt, IReadOnlyList<SubmissionType> ExtraTypes, string Note);
