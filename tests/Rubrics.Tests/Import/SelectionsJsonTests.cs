namespace LtiPathways.Rubrics.Tests.Import;

public class SelectionsJsonTests
{
    [Fact]
    public void A_comment_without_a_choice_is_read_as_a_comment_alone_and_written_back_the_same()
    {
        var read = SelectionsJson.Read("""
            {"items": [
              {"criterion": "safety", "comment": "  Guard the lathe.  "},
              {"criterion": "teamwork", "level": "teamwork-3", "comment": "Helps others."},
              {"criterion": "initiative", "points": "", "comment": "Asks good questions."}
            ]}
            """);

        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        Assert.Equal(
            [
                new CommentSelection("safety", "Guard the lathe."),
                new LevelSelection("teamwork", "teamwork-3", null, "Helps others."),
                new CommentSelection("initiative", "Asks good questions."),
            ],
            read.Value!.Items);
        var written = SelectionsJson.Write(read.Value);
        Assert.Contains("""{"criterion":"safety","comment":"Guard the lathe."}""", written, StringComparison.Ordinal);
        Assert.Equal(read.Value, SelectionsJson.Read(written).Value);
    }

    [Theory]
    [InlineData("""{"items": [{"criterion": "safety"}]}""")]
    [InlineData("""{"items": [{"criterion": "safety", "comment": "   "}]}""")]
    public void An_item_with_neither_a_choice_nor_a_comment_holds_nothing(string json) =>
        Assert.Empty(SelectionsJson.Read(json).Value!.Items);
}
