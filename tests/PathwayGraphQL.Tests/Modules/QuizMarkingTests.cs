using LtiPathways.PathwayGraphQL.Modules;

namespace LtiPathways.PathwayGraphQL.Tests.Modules;

public sealed class QuizMarkingTests
{
    private static readonly CteModule Safety = ShippedModules.All.Single(m => m.Key == "workplace-safety");
    private static readonly QuizStep Quiz = (QuizStep)Safety.Steps[1];

    private static Dictionary<string, IReadOnlyCollection<string>> Answers(params (string Question, string[] Options)[] answers) =>
        answers.ToDictionary(a => a.Question, a => (IReadOnlyCollection<string>)a.Options);

    [Fact]
    public void A_wrong_single_answer_names_the_right_option_and_explains_why()
    {
        var feedback = QuizMarking.Check(Quiz, "hazard-or-risk", ["b"]).Value!;
        Assert.False(feedback.Right);
        Assert.Equal("Not quite: the right answer is “a hazard”.", feedback.Sentence);
        Assert.StartsWith("The box is something that could cause harm", feedback.Explanation, StringComparison.Ordinal);
        Assert.True(QuizMarking.Check(Quiz, "hazard-or-risk", ["a"]).Value!.Right);
    }

    [Fact]
    public void A_multiple_answer_question_is_right_only_with_every_right_option_and_no_wrong_one()
    {
        Assert.Equal("Not quite: the right answers are “It only protects the person wearing it” and “It only works when it fits and is worn properly”.",
            QuizMarking.Check(Quiz, "ppe-last", ["a"]).Value!.Sentence);
        Assert.False(QuizMarking.Check(Quiz, "ppe-last", ["a", "b", "c"]).Value!.Right);
        Assert.True(QuizMarking.Check(Quiz, "ppe-last", ["b", "a"]).Value!.Right);
    }

    [Fact]
    public void Unknown_questions_and_options_and_two_answers_to_a_single_answer_question_are_refused()
    {
        Assert.Equal("This quiz has no such question; reload the page and answer again.", QuizMarking.Check(Quiz, "nope", ["a"]).Problems[0].Message);
        Assert.Equal("“A box of printer paper left on the stairs is…” has no such option; reload the page and answer again.",
            QuizMarking.Check(Quiz, "hazard-or-risk", ["z"]).Problems[0].Message);
        Assert.Equal("Choose one answer to “A box of printer paper left on the stairs is…”.", QuizMarking.Check(Quiz, "hazard-or-risk", ["a", "b"]).Problems[0].Message);
        Assert.Equal("This quiz has no such question; reload the page and answer again.",
            QuizMarking.Mark(Quiz, Answers(("hazard-or-risk", ["a"]), ("extra", ["a"]))).Problems[0].Message);
    }

    [Fact]
    public void A_whole_quiz_needs_every_question_answered_and_passes_at_its_pass_mark()
    {
        var unanswered = QuizMarking.Mark(Quiz, Answers(("hazard-or-risk", ["a"])));
        Assert.Equal(3, unanswered.Problems.Count);
        Assert.Equal("first-control", unanswered.Problems[0].Path);

        var threeRight = QuizMarking.Mark(Quiz, Answers(("hazard-or-risk", ["a"]), ("first-control", ["b"]), ("ppe-last", ["a"]), ("stop-work", ["b"]))).Value!;
        Assert.Equal((3, 4, 75m, true), (threeRight.Right, threeRight.Questions, threeRight.Percentage, threeRight.Passed));
        Assert.Equal("3 of 4 right: passed (the pass mark is 75%).", threeRight.Sentence);
        var twoRight = QuizMarking.Mark(Quiz, Answers(("hazard-or-risk", ["b"]), ("first-control", ["b"]), ("ppe-last", ["a"]), ("stop-work", ["b"]))).Value!;
        Assert.False(twoRight.Passed);
        Assert.Equal("2 of 4 right: not passed yet (the pass mark is 75%). Read the explanations and try again.", twoRight.Sentence);
        Assert.Equal([false, true, false, true], twoRight.Feedback.Select(f => f.Right));
    }
}
