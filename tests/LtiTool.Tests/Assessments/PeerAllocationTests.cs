using LtiPathways.PathwayGraphQL.Assessments.Peer;

namespace LtiPathways.LtiTool.Tests.Assessments;

public sealed class PeerAllocationTests
{
    private static readonly Guid[] Five = Enumerable.Range(1, 5).Select(i => new Guid($"00000000-0000-0000-0000-00000000000{i}")).ToArray();

    [Fact]
    public void Five_students_two_reviews_each_is_a_round_robin_by_user_id_whatever_order_the_roster_comes_in()
    {
        var shuffled = new[] { Five[3], Five[0], Five[4], Five[2], Five[1] };

        var allocation = Five.ToDictionary(s => s, s => PeerAllocation.ReviewsOf(shuffled, s, 2));

        Assert.Equal([Five[1], Five[2]], allocation[Five[0]]);
        Assert.Equal([Five[4], Five[0]], allocation[Five[3]]);
        Assert.Equal([Five[0], Five[1]], allocation[Five[4]]);
        Assert.All(Five, s => Assert.DoesNotContain(s, allocation[s]));
        Assert.All(Five, s => Assert.Equal(2, allocation.Values.Count(reviewed => reviewed.Contains(s))));
        Assert.Equal(allocation[Five[2]], PeerAllocation.ReviewsOf(Five.Reverse(), Five[2], 2));
    }

    [Fact]
    public void No_one_reviews_with_fewer_than_two_students_and_no_one_reviews_a_classmate_twice()
    {
        Assert.Empty(PeerAllocation.ReviewsOf([Five[0]], Five[0], 3));
        Assert.Empty(PeerAllocation.ReviewsOf(Five, Guid.NewGuid(), 2));
        Assert.Equal([Five[1], Five[2]], PeerAllocation.ReviewsOf(Five[..3], Five[0], 5));
    }
}
