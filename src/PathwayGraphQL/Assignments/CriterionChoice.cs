namespace LtiPathways.PathwayGraphQL.Assignments;

public record CriterionChoice(string Id, string Title);
