using LtiPathways.PathwayGraphQL.Modules;

namespace LtiPathways.LtiTool.Features.Modules;

/// <summary>What the editor starts a new module from: one step of each kind, to be rewritten.</summary>
public static class ModuleTemplate
{
    public static string Json { get; } = ModuleJson.Write(new CteModule("new-module", "New module", "What the student learns and how long it takes.",
    [
        new ReadingStep("read", "Read first", "Write the text in Markdown: **bold**, lists with -, links with [text](https://example.org)."),
        new QuizStep("check", "Check", 100,
        [
            new QuizQuestion("q1", "The question", false,
                [new QuizOption("a", "The right answer", true), new QuizOption("b", "A wrong answer", false)],
                "Why the right answer is right; shown after every answer."),
        ]),
        new PracticalStep("task", "Do it", "What to do and what to hand in.", "cte-employability-skills", 60),
    ]));
}
