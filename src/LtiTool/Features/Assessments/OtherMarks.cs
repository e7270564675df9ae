using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>Marks shown beside the teacher's own, read-only: the student's self-assessment, or a marker's marks for the moderator.</summary>
public record OtherMarks(string Heading, Selections Selections, MarkingScore? Score);
