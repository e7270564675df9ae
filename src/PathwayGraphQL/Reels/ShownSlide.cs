using LtiPathways.PathwayGraphQL.Data.Reels;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>
/// A slide as it is presented today. Evidence that is no longer the student's to show (work withdrawn, a result
/// reopened) is not <see cref="Available"/>: the slide keeps its caption and shows nothing of the piece.
/// </summary>
public sealed record ShownSlide(
    Guid SlideId,
    int Number,
    ReelSlideSource Source,
    string Caption,
    bool Available,
    string Title,
    string? When = null,
    string? EssayHtml = null,
    string? Text = null,
    decimal? Percentage = null)
{
    /// <summary>The original audio and video files the slide plays (their copies are in <see cref="ReelShow.Files"/>).</summary>
    public ValueList<Guid> MediaFileIds { get; init; } = [];
}
