using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>What a module needs before it is stored: a key, steps with their own ids, quizzes that can be answered, known rubrics.</summary>
public static class ModuleRules
{
    public static IEnumerable<Problem> Check(CteModule module)
    {
        if (string.IsNullOrWhiteSpace(module.Key) || module.Key.Length > 60 || !module.Key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            yield return new Problem("A module's key is up to 60 small letters, digits and dashes, such as workplace-safety.", "key");
        }
        if (string.IsNullOrWhiteSpace(module.Title) || module.Title.Length > 120)
        {
            yield return new Problem("A module needs a title of up to 120 characters.", "title");
        }
        if (module.Steps.Count == 0)
        {
            yield return new Problem("A module needs at least one step.", "steps");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < module.Steps.Count; i++)
        {
            var step = module.Steps[i];
            var path = $"steps[{i}]";
            if (string.IsNullOrWhiteSpace(step.Id) || !ids.Add(step.Id))
            {
                yield return new Problem($"Step {i + 1} needs an id of its own.", $"{path}.id");
            }
            if (string.IsNullOrWhiteSpace(step.Title))
            {
                yield return new Problem($"Step {i + 1} needs a title.", $"{path}.title");
            }
            foreach (var problem in StepProblems(step, i + 1, path))
            {
                yield return problem;
            }
        }
    }

    /// <summary>The shipped rubrics marked by choosing a level per criterion, as the marking form offers.</summary>
    public static IEnumerable<string> Markable => RubricTemplates.All.Where(t => t.Version.Criteria.All(c => c is LevelCriterion)).Select(t => t.Key);

    private static IEnumerable<Problem> StepProblems(ModuleStep step, int number, string path)
    {
        switch (step)
        {
            case ReadingStep reading when string.IsNullOrWhiteSpace(reading.Markdown):
                yield return new Problem($"Step {number} is a reading without text.", $"{path}.markdown");
                break;
            case QuizStep quiz:
                if (quiz.PassPercentage is < 1 or > 100)
                {
                    yield return new Problem($"Step {number} needs a pass mark from 1 to 100 percent.", $"{path}.passPercentage");
                }
                if (quiz.Questions.Count == 0)
                {
                    yield return new Problem($"Step {number} is a quiz without questions.", $"{path}.questions");
                }
                if (quiz.Questions.Select(q => q.Id).Distinct().Count() != quiz.Questions.Count)
                {
                    yield return new Problem($"Every question of step {number} needs an id of its own.", $"{path}.questions");
                }
                for (var q = 0; q < quiz.Questions.Count; q++)
                {
                    if (QuestionProblem(quiz.Questions[q], number, q + 1) is { } problem)
                    {
                        yield return problem with { Path = $"{path}.questions[{q}]" };
                    }
                }
                break;
            case PracticalStep practical:
                var rubric = RubricTemplates.Find(practical.RubricKey);
                if (rubric is null || !rubric.Version.Criteria.All(c => c is LevelCriterion))
                {
                    yield return new Problem(
                        $"Step {number} names the rubric \u201c{practical.RubricKey}\u201d; choose one of {string.Join(", ", Markable)}.",
                        $"{path}.rubricKey");
                }
                if (practical.PassPercentage is < 1 or > 100)
                {
                    yield return new Problem($"Step {number} needs a pass mark from 1 to 100 percent.", $"{path}.passPercentage");
                }
                if (string.IsNullOrWhiteSpace(practical.Instructions))
                {
                    yield return new Problem($"Step {number} needs instructions for the task.", $"{path}.instructions");
                }
                break;
        }
    }

    private static Problem? QuestionProblem(QuizQuestion question, int step, int number)
    {
        var right = question.Options.Count(o => o.Correct);
        var where = $"Question {number} of step {step}";
        return string.IsNullOrWhiteSpace(question.Id) || string.IsNullOrWhiteSpace(question.Prompt) ? new Problem($"{where} needs an id and a prompt.")
            : question.Options.Count < 2 ? new Problem($"{where} needs at least two options.")
            : question.Options.Select(o => o.Id).Distinct().Count() != question.Options.Count ? new Problem($"{where} needs an id of its own for every option.")
            : right == 0 ? new Problem($"{where} needs a right option.")
            : !question.MultipleAnswers && right > 1 ? new Problem($"{where} has one answer, so only one option may be right; or allow several answers.")
            : string.IsNullOrWhiteSpace(question.Explanation) ? new Problem($"{where} needs an explanation, shown after every answer.")
            : null;
    }
}
