using System.Text.RegularExpressions;

namespace OrleansSync.HubSpot.Sandbox.Faults;

/// <summary>
/// Deterministic fault injection for one portal (dice seeded from <see cref="SandboxOptions.Seed"/>).
/// Set from code or through <c>PUT /_sandbox/portals/{portalId}/faults</c>.
/// </summary>
public sealed class FaultKnobs
{
    private Regex? _refused;

    /// <summary>Share of calls (0..1) answered 502/503/504. Half of them fail after the write was applied, as a real gateway timeout can.</summary>
    public double ServerErrorRate { get; set; }

    /// <summary>Extra latency added to every call.</summary>
    public TimeSpan AddedLatency { get; set; }

    /// <summary>Share of calls (0..1) that hang for <see cref="TimeoutDuration"/> and then answer 504.</summary>
    public double TimeoutRate { get; set; }

    /// <summary>How long a timed-out call hangs before answering 504.</summary>
    public TimeSpan TimeoutDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The next N calls are answered 429 TEN_SECONDLY_ROLLING regardless of the window (a burst from another app).</summary>
    public int Pending429Burst { get; set; }

    /// <summary>
    /// A regular expression matched against the JSON body of every write call (null: off). A call whose body matches is
    /// answered 500 before anything is written, on every retry — as HubSpot does for a record it cannot store (e.g. a
    /// line item whose amount overflows): "one record HubSpot always refuses", wherever it travels.
    /// </summary>
    public string? RefuseRecordsMatching
    {
        get => _refused?.ToString();
        set => _refused = string.IsNullOrEmpty(value) ? null : new Regex(value, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    internal bool Refuses(string body) => _refused?.IsMatch(body) == true;

    /// <summary>Turns every knob off.</summary>
    public void Reset()
    {
        RefuseRecordsMatching = null;
        ServerErrorRate = 0;
        AddedLatency = TimeSpan.Zero;
        TimeoutRate = 0;
        Pending429Burst = 0;
    }
}
