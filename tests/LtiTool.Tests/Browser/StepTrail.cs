using System.Diagnostics;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The steps a browser test went through, so its failure says where it stopped, not only that it did.</summary>
public sealed class StepTrail
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(TimeSpan At, string Step)> steps = [];

    public void Enter(string step)
    {
        lock (steps)
        {
            steps.Add((clock.Elapsed, step));
        }
    }

    public TimeSpan Elapsed => clock.Elapsed;

    public string Current
    {
        get
        {
            lock (steps)
            {
                return steps.Count == 0 ? "before its first step" : $"\"{steps[^1].Step}\" (entered at {steps[^1].At.TotalSeconds:0.0} s)";
            }
        }
    }

    public string Earlier
    {
        get
        {
            lock (steps)
            {
                return string.Join(" → ", steps.SkipLast(1).TakeLast(6).Select(s => s.Step));
            }
        }
    }
}
