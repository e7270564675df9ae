namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>A student's way through a module, worked out from the module and their work alone.</summary>
public sealed record ModuleProgress(CteModule Module, ModuleWork Work)
{
    public StepState StateOf(ModuleStep step)
    {
        var own = OwnState(step);
        if (own is StepState.Done or StepState.WaitingForMark)
        {
            return own;
        }
        var before = Module.Steps.Take(Module.IndexOf(step));
        return before.All(s => OwnState(s) is StepState.Done or StepState.WaitingForMark) ? StepState.Open : StepState.Locked;
    }

    public int Done => Module.Steps.Count(s => OwnState(s) == StepState.Done);

    public int Total => Module.Steps.Count;

    public bool Completed => Total > 0 && Done == Total;

    public bool Started => Work.Read.Count + Work.Attempts.Count + Work.HandIns.Count > 0;

    /// <summary>The first step not done yet that the student may work on, or null when none is open.</summary>
    public ModuleStep? Next => Module.Steps.FirstOrDefault(s => StateOf(s) == StepState.Open);

    private StepState OwnState(ModuleStep step) => step switch
    {
        ReadingStep => Work.Read.Contains(step.Id) ? StepState.Done : StepState.Open,
        QuizStep => Work.AttemptsAt(step.Id).Any(a => a.Passed) ? StepState.Done : StepState.Open,
        PracticalStep => Work.MarkAt(step.Id) is { Passed: true } ? StepState.Done
            : Work.HandInAt(step.Id) is not null && Work.MarkAt(step.Id) is null ? StepState.WaitingForMark
            : StepState.Open,
        _ => StepState.Open,
    };
}
