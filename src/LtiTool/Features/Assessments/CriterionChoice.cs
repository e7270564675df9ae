namespace LtiPathways.LtiTool.Features.Assessments;

public record CriterionChoice(string Id, string Title);
