using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>What one student has done in one module: steps read, quiz attempts, hand-ins and the marks they received.</summary>
public sealed record ModuleWork(ValueList<string> Read, ValueList<QuizAttempt> Attempts, ValueList<HandIn> HandIns, ValueList<TaskMark> Marks)
{
    public static ModuleWork Empty { get; } = new([], [], [], []);

    public IEnumerable<QuizAttempt> AttemptsAt(string stepId) => Attempts.Where(a => a.StepId == stepId);

    public HandIn? HandInAt(string stepId) => HandIns.LastOrDefault(h => h.StepId == stepId);

    /// <summary>The mark of the latest hand-in, once an advisor gave it.</summary>
    public TaskMark? MarkAt(string stepId) =>
        HandInAt(stepId) is { } handIn ? Marks.LastOrDefault(m => m.StepId == stepId && m.MarkedAt >= handIn.HandedInAt) : null;
}
