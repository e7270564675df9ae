using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>
/// A question with one right option, or several when <see cref="MultipleAnswers"/> (then every right one and no wrong one
/// must be chosen). <see cref="Explanation"/> is shown after each answer, right or wrong, so the student learns why.
/// </summary>
public sealed record QuizQuestion(string Id, string Prompt, bool MultipleAnswers, ValueList<QuizOption> Options, string Explanation)
{
    public IEnumerable<QuizOption> Right => Options.Where(o => o.Correct);
}
