using System.Diagnostics;
using Orleans.TestingHost;
using OrleansSync.Storage;

namespace OrleansSync.Bench.Grains;

/// <summary>
/// Like for like with the retired runtime's figure: a trivial counter grain (one write to in-memory grain storage on its
/// first call), activated <c>count</c> times, then deactivated.
/// </summary>
internal static class CounterActivations
{
    public static async Task<HeapFigures> MeasureAsync(int count, CancellationToken cancellationToken)
    {
        var cluster = await InProcessGrid.StartAsync(new GridOptions(), silo => silo.Configure<Orleans.Configuration.GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromHours(2)));
        try
        {
            var warmUp = Grains(cluster, 1_000_000_000, 1000);
            await EachAsync(warmUp, g => g.WriteAsync(1), cancellationToken);
            await EachAsync(warmUp, g => cluster.DeactivateAsync(g), cancellationToken);
            var before = HeapFigures.Settled();

            var grains = Grains(cluster, 0, count);
            var clock = Stopwatch.StartNew();
            await EachAsync(grains, g => g.WriteAsync(1), cancellationToken);
            var activation = clock.Elapsed;
            var live = HeapFigures.Settled();

            await EachAsync(grains, g => cluster.DeactivateAsync(g), cancellationToken);
            var after = HeapFigures.Settled();
            return new HeapFigures(count, before, live, after, activation);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private static IStateWriterGrain[] Grains(InProcessTestCluster cluster, long first, int count) =>
        [.. Enumerable.Range(0, count).Select(i => cluster.Client.GetGrain<IStateWriterGrain>(first + i))];

    internal static Task EachAsync<T>(IEnumerable<T> items, Func<T, Task> action, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 256, CancellationToken = cancellationToken }, async (item, _) => await action(item));
}
