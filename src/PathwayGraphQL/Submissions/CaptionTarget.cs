using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>A video or audio file the viewer may caption, and the language the captions are in.</summary>
public sealed record CaptionTarget(SubmissionFile File, string Language);
