namespace OrleansSync.HubSpot.Sandbox;

/// <summary>How the sandbox behaves. Bind from the <c>Sandbox</c> section or set in code.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>The portals (HubSpot accounts) the sandbox serves; one private-app token each. Default: one Free-tier portal.</summary>
    public List<SandboxPortalOptions> Portals { get; set; } = [];

    /// <summary>
    /// When batch create/update/upsert may answer 207 with per-record errors. HubSpot documents it for batch create
    /// when every input carries an <c>objectWriteTraceId</c>; for update/upsert it is reported but unconfirmed.
    /// </summary>
    public PartialBatchMode PartialBatches { get; set; } = PartialBatchMode.WhenEveryInputHasTraceId;

    /// <summary>Send <c>Retry-After</c> (seconds) on 429. HubSpot does not document it, so it is off by default.</summary>
    public bool SendRetryAfterOn429 { get; set; }

    /// <summary>Seed of the fault-injection dice, so a failing test replays the same faults.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Clock for windows, quotas and timestamps; tests pass a manual one. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal IReadOnlyList<SandboxPortalOptions> EffectivePortals() =>
        Portals.Count > 0 ? Portals : [new SandboxPortalOptions()];
}
