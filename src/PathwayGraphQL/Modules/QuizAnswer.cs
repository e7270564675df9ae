using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

public sealed record QuizAnswer(string QuestionId, ValueList<string> Chosen);
