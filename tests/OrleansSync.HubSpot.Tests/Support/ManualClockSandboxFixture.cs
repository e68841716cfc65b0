using OrleansSync.HubSpot.Sandbox;

namespace OrleansSync.HubSpot.Tests.Support;

/// <summary>A sandbox whose windows and quotas run on a clock the tests move, so no test sleeps.</summary>
public sealed class ManualClockSandboxFixture : SandboxFixture
{
    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 23, 0, 0, TimeSpan.Zero));

    protected override SandboxOptions Options => new() { TimeProvider = Clock };
}
