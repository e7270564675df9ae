using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>A reel as it is presented: whose it is, its slides in order, and the stored files its media slides play.</summary>
public sealed record ReelShow(Guid PlanId, Guid StudentUserId, string StudentName, ValueList<ShownSlide> Slides, IReadOnlyList<SubmissionFile> Files);
