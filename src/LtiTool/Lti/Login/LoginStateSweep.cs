namespace LtiPathways.LtiTool.Lti.Login;

/// <summary>
/// When this instance last removed expired logins. Once a minute is enough: an expired login is refused by its expiry
/// whether or not its row is gone, so the sweep only keeps the table small and need not cost every login a write.
/// </summary>
public sealed class LoginStateSweep
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private long lastTicks = DateTime.MinValue.Ticks;

    /// <summary>True for one caller once <see cref="Interval"/> has passed since the last sweep.</summary>
    public bool TryStart(DateTime now)
    {
        var last = Interlocked.Read(ref lastTicks);
        return (now.Ticks - last >= Interval.Ticks || now.Ticks < last)
            && Interlocked.CompareExchange(ref lastTicks, now.Ticks, last) == last;
    }
}
