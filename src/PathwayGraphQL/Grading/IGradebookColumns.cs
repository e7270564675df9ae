using LtiPathways.PathwayGraphQL.Assignments;

namespace LtiPathways.PathwayGraphQL.Grading;

/// <summary>
/// Finds or makes the LMS gradebook column of an assignment link. The school core asks; the LTI layer answers over the
/// platform's line item service. A URL it learns is stored on the link by the caller's SaveChanges.
/// </summary>
public interface IGradebookColumns
{
    Task<GradebookColumnResult> EnsureAsync(LaunchedAssignment assignment, CancellationToken cancellationToken);
}
