namespace OrleansSync.Grains.Tests.Streams;

/// <summary>The store-side truth a stream was built from: what HubSpot must end up showing.</summary>
public sealed class Ledger
{
    public Dictionary<string, PersonTruth> People { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, OrderTruth> Orders { get; } = new(StringComparer.Ordinal);
}
