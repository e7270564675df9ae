using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Media;

/// <summary>A file ffmpeg made from an original (playback copy, poster or waveform), still in the job's work folder.</summary>
public record MediaOutput(SubmissionFileRole Role, string Path, string MediaType);
