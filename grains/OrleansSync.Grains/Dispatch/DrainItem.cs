using OrleansSync.Runtime.Storage;

namespace OrleansSync.Grains.Dispatch;

/// <summary>The latest outbox row of one object key, and the older rows of that key it supersedes (completed with it).</summary>
public sealed record DrainItem(OutboxEntry Entry, HubSpotWrite Write, IReadOnlyList<long> Superseded)
{
    public string ObjectKey => Entry.ObjectKey;

    public IEnumerable<long> AllIds => [Entry.Id, .. Superseded];
}
