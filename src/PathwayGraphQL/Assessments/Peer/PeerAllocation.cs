namespace LtiPathways.PathwayGraphQL.Assessments.Peer;

/// <summary>
/// Who reviews whom: a round robin over the students ordered by user id, so student i reviews students i+1 … i+N (mod count).
/// The same roster always gives the same allocation, and no one reviews themselves or the same classmate twice.
/// </summary>
public static class PeerAllocation
{
    /// <summary>The classmates <paramref name="reviewer"/> reviews, in order; empty when they are not listed or fewer than two students are.</summary>
    public static IReadOnlyList<Guid> ReviewsOf(IEnumerable<Guid> students, Guid reviewer, int reviewsPerStudent)
    {
        var ordered = students.Distinct().Order().ToList();
        var index = ordered.IndexOf(reviewer);
        if (index < 0 || ordered.Count < 2)
        {
            return [];
        }
        var count = Math.Min(reviewsPerStudent, ordered.Count - 1);
        return Enumerable.Range(1, Math.Max(count, 0)).Select(step => ordered[(index + step) % ordered.Count]).ToList();
    }
}
