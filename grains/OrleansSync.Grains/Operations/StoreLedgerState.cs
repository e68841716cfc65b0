using OrleansSync.Contracts.Operations;

namespace OrleansSync.Grains.Operations;

/// <summary>The paid orders of one store and day, by order key: the latest figures each order grain reported.</summary>
public sealed class StoreLedgerState
{
    public Dictionary<string, OrderPaidRecorded> Orders { get; set; } = new(StringComparer.Ordinal);
}
