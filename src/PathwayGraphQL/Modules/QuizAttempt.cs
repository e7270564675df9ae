using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>One try at a quiz: the options chosen for each question and the result as marked then.</summary>
public sealed record QuizAttempt(string StepId, int Number, DateTimeOffset At, ValueList<QuizAnswer> Answers, int Right, int Questions, bool Passed);
