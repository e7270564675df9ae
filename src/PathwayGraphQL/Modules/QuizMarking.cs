using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>
/// Marks quiz answers. A question is right when exactly its right options are chosen; there are no part marks, so a
/// multiple-answer question with one right option missed is wrong and its feedback says which were right. Answers naming a
/// question or option the quiz does not have are refused as a whole, with the first problem.
/// </summary>
public static class QuizMarking
{
    public static Validated<AnswerFeedback> Check(QuizStep quiz, string questionId, IReadOnlyCollection<string> chosen)
    {
        if (quiz.Find(questionId) is not { } question)
        {
            return Validated<AnswerFeedback>.Invalid([new Problem("This quiz has no such question; reload the page and answer again.", questionId)]);
        }
        if (Problem(question, chosen) is { } problem)
        {
            return Validated<AnswerFeedback>.Invalid([problem]);
        }
        return Validated<AnswerFeedback>.Valid(Feedback(question, chosen));
    }

    public static Validated<QuizResult> Mark(QuizStep quiz, IReadOnlyDictionary<string, IReadOnlyCollection<string>> answers)
    {
        if (answers.Keys.FirstOrDefault(id => quiz.Find(id) is null) is { } unknown)
        {
            return Validated<QuizResult>.Invalid([new Problem("This quiz has no such question; reload the page and answer again.", unknown)]);
        }
        var problems = quiz.Questions.Select(q => Problem(q, answers.GetValueOrDefault(q.Id) ?? [])).OfType<Problem>().ToList();
        if (problems.Count > 0)
        {
            return Validated<QuizResult>.Invalid(problems);
        }
        var feedback = quiz.Questions.Select(q => Feedback(q, answers[q.Id])).ToValueList();
        return Validated<QuizResult>.Valid(new QuizResult(feedback, feedback.Count(f => f.Right), quiz.Questions.Count, quiz.PassPercentage));
    }

    private static Problem? Problem(QuizQuestion question, IReadOnlyCollection<string> chosen)
    {
        if (chosen.Count == 0)
        {
            return new Problem($"Choose an answer to \u201c{question.Prompt}\u201d.", question.Id);
        }
        if (chosen.FirstOrDefault(id => question.Options.All(o => o.Id != id)) is not null)
        {
            return new Problem($"\u201c{question.Prompt}\u201d has no such option; reload the page and answer again.", question.Id);
        }
        return !question.MultipleAnswers && chosen.Distinct().Count() > 1
            ? new Problem($"Choose one answer to \u201c{question.Prompt}\u201d.", question.Id)
            : null;
    }

    private static AnswerFeedback Feedback(QuizQuestion question, IReadOnlyCollection<string> chosen)
    {
        var right = question.Right.Select(o => o.Id).ToHashSet();
        var isRight = right.SetEquals(chosen);
        var rightTexts = Wording.List(question.Right.Select(o => $"\u201c{o.Text}\u201d"));
        var sentence = isRight ? "Right."
            : question.MultipleAnswers ? $"Not quite: the right answers are {rightTexts}."
            : $"Not quite: the right answer is {rightTexts}.";
        return new AnswerFeedback(question.Id, isRight, sentence, question.Explanation, right.Order(StringComparer.Ordinal).ToValueList());
    }
}
