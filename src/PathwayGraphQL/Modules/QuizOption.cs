namespace LtiPathways.PathwayGraphQL.Modules;

public sealed record QuizOption(string Id, string Text, bool Correct);
