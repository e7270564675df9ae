namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public enum SubmissionFileRole
{
    /// <summary>The bytes the student uploaded or recorded, kept as they came.</summary>
    Original,

    /// <summary>An H.264/AAC copy for browsers that cannot play the original.</summary>
    Playback,

    /// <summary>A JPEG frame of a video, shown before it plays.</summary>
    Poster,

    /// <summary>A PNG picture of an audio file's waveform.</summary>
    Waveform,
}
