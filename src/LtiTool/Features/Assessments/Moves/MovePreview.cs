using LtiPathways.PathwayGraphQL.Assessments.Moves;

namespace LtiPathways.LtiTool.Features.Assessments.Moves;

public record MovePreview(string AssignmentTitle, string RubricTitle, int CurrentVersion, int TargetVersion, IReadOnlyList<MoveRow> Rows, string SessionToken,
    string? Notice = null, string? Problem = null);
