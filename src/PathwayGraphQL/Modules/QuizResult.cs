using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>A whole quiz marked: feedback per question, how many were right and whether that passes.</summary>
public sealed record QuizResult(ValueList<AnswerFeedback> Feedback, int Right, int Questions, int PassPercentage)
{
    public decimal Percentage => Questions == 0 ? 0m : Math.Round(Right * 100m / Questions, 1);

    public bool Passed => Questions > 0 && Percentage >= PassPercentage;

    public string Sentence => Passed
        ? $"{Right} of {Questions} right: passed (the pass mark is {PassPercentage}%)."
        : $"{Right} of {Questions} right: not passed yet (the pass mark is {PassPercentage}%). Read the explanations and try again.";
}
