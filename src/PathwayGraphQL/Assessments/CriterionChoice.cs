namespace LtiPathways.PathwayGraphQL.Assessments;

public record CriterionChoice(string Id, string Title);
