using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Assessments.Marking;

/// <summary>A file of the marked work by name, with the part it belongs to (the video or audio recording, or an uploaded file).</summary>
public record MarkedFile(SubmissionType Part, string Name);
