namespace OrleansSync.HubSpot.Sandbox.Faults;

/// <summary>What the dice decided for one call.</summary>
internal enum InjectedFault
{
    None,
    ServerErrorBeforeWrite,
    ServerErrorAfterWrite,
    Timeout,
    RateLimitBurst,
}
