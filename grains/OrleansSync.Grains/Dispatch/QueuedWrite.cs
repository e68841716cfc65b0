using OrleansSync.Contracts.Routing;

namespace OrleansSync.Grains.Dispatch;

/// <summary>A record in a portal's queue: what to write, which grain owes it (and is told when it is done), and the dead letter it replays, if any.</summary>
[GenerateSerializer]
public sealed record QueuedWrite(GrainIdentity Source, PendingHubSpotWrite Pending, long? ReplayOf = null)
{
    public string ObjectKey => Pending.ObjectKey;

    public HubSpotWrite Write => Pending.Write;
}
