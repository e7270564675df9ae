using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Tests.Modules;

public sealed class ModuleProgressTests
{
    private static readonly CteModule Safety = ShippedModules.All.Single(m => m.Key == "workplace-safety");
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static ModuleWork ReadAndPassed(params string[] steps) => ModuleWork.Empty with
    {
        Read = [.. steps.Where(s => !s.EndsWith("-quiz", StringComparison.Ordinal))],
        Attempts = [.. steps.Where(s => s.EndsWith("-quiz", StringComparison.Ordinal)).Select(s => new QuizAttempt(s, 1, Monday, [], 2, 2, true))],
    };

    private static StepState[] States(ModuleWork work)
    {
        var progress = new ModuleProgress(Safety, work);
        return [.. Safety.Steps.Select(progress.StateOf)];
    }

    [Fact]
    public void Steps_open_in_order_and_a_failed_attempt_keeps_the_quiz_open()
    {
        Assert.Equal([StepState.Open, StepState.Locked, StepState.Locked, StepState.Locked, StepState.Locked], States(ModuleWork.Empty));
        var failed = ReadAndPassed("hazards") with { Attempts = [new QuizAttempt("hazards-quiz", 1, Monday, [], 1, 4, false)] };
        Assert.Equal([StepState.Done, StepState.Open, StepState.Locked, StepState.Locked, StepState.Locked], States(failed));
        var progress = new ModuleProgress(Safety, failed);
        Assert.Equal((1, 5, "hazards-quiz"), (progress.Done, progress.Total, progress.Next!.Id));
    }

    [Fact]
    public void A_handed_in_task_waits_for_its_mark_and_counts_once_marked_at_its_pass_mark()
    {
        var handed = ReadAndPassed("hazards", "hazards-quiz", "reporting", "reporting-quiz") with
        {
            HandIns = [new HandIn("hazard-walk", "Three hazards", null, Monday)],
        };
        Assert.Equal(StepState.WaitingForMark, States(handed)[4]);
        Assert.Null(new ModuleProgress(Safety, handed).Next);

        var low = handed with { Marks = [new TaskMark("hazard-walk", "{}", 8m, 24m, 33.3m, false, "", "Alex Rivera", Monday.AddDays(1))] };
        Assert.Equal(StepState.Open, States(low)[4]);
        var again = low with { HandIns = [.. low.HandIns, new HandIn("hazard-walk", "Three hazards, with controls", null, Monday.AddDays(2))] };
        Assert.Equal(StepState.WaitingForMark, States(again)[4]);
        var passed = again with { Marks = [.. again.Marks, new TaskMark("hazard-walk", "{}", 18m, 24m, 75m, true, "", "Alex Rivera", Monday.AddDays(3))] };
        var progress = new ModuleProgress(Safety, passed);
        Assert.True(progress.Completed);
        Assert.Equal(5, progress.Done);
    }

    [Fact]
    public void Shipped_modules_keep_their_own_rules_and_a_broken_module_names_each_problem_by_its_place()
    {
        Assert.Equal(["professional-communication", "workplace-safety"], ShippedModules.All.Select(m => m.Key).Order(StringComparer.Ordinal));
        var broken = Safety with
        {
            Key = "Bad Key",
            Steps = [Safety.Steps[0], Safety.Steps[0], new QuizStep("q", "Quiz", 0, [new QuizQuestion("x", "Pick", false, [new QuizOption("a", "A", true), new QuizOption("b", "B", true)], "Why")]),
                new PracticalStep("p", "Task", "Do it", "presentation-podcast", 60)],
        };
        var problems = ModuleRules.Check(broken).Select(p => p.Path).ToList();
        Assert.Equal(["key", "steps[1].id", "steps[2].passPercentage", "steps[2].questions[0]", "steps[3].rubricKey"], problems);
        Assert.StartsWith("This is not a module this tool can read", ModuleJson.Read("{\"key\": 3}").Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(Safety, ModuleJson.Read(ModuleJson.Write(Safety)).Value);
    }
}
