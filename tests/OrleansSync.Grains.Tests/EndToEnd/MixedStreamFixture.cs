using System.Diagnostics;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;

namespace OrleansSync.Grains.Tests.EndToEnd;

/// <summary>Runs the mixed stream once on one silo; the tests read the resulting portal.</summary>
public sealed class MixedStreamFixture : IAsyncLifetime
{
    public const int Seed = 20260101;
    public const int People = 48;

    public SyncCluster Sync { get; private set; } = null!;

    public Ledger Ledger { get; private set; } = null!;

    public IReadOnlyList<object> Stream { get; private set; } = [];

    public IReadOnlyList<string> Snapshot { get; private set; } = [];

    public IReadOnlyDictionary<string, string> StageLabels { get; private set; } = new Dictionary<string, string>();

    public TimeSpan Elapsed { get; private set; }

    public static (IReadOnlyList<object> Stream, Ledger Ledger) Build()
    {
        var builder = new StoreStreamBuilder(Seed, new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero)).WithPeople(People);
        return (builder.Build(), builder.Ledger);
    }

    public async Task InitializeAsync()
    {
        (Stream, Ledger) = Build();
        Sync = await SyncCluster.StartAsync(silos: 1);
        var watch = Stopwatch.StartNew();
        await Sync.PostAsync(Stream);
        await Sync.SettleAsync();
        Elapsed = watch.Elapsed;
        Snapshot = HubSpotSnapshot.Capture(Sync.HubSpot);
        StageLabels = await HubSpotSnapshot.StageLabelsAsync(Sync);
    }

    public async Task DisposeAsync() => await Sync.DisposeAsync();
}
