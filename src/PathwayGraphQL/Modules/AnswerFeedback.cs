using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>What a student is told about one answer: right or not, a sentence naming the right option(s), and why.</summary>
public sealed record AnswerFeedback(string QuestionId, bool Right, string Sentence, string Explanation, ValueList<string> RightOptions);
