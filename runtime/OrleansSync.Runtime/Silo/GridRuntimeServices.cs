using Microsoft.Extensions.Options;
using OrleansSync.Runtime.Activations;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.Diagnostics;
using OrleansSync.Runtime.Serialization;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Silo;

/// <summary>What every shard worker of a silo shares.</summary>
internal sealed class GridRuntimeServices(
    IServiceProvider provider,
    GrainTypeRegistry registry,
    GridSerializer serializer,
    TimeProvider clock,
    GridMetrics metrics,
    ICommitFaultInjector faults,
    IOptions<GridOptions> grid)
{
    public IServiceProvider Provider { get; } = provider;

    public GrainTypeRegistry Registry { get; } = registry;

    public GridSerializer Serializer { get; } = serializer;

    /// <summary>The grid clock: what grains see and what reminder due times and idle ages are measured on.</summary>
    public TimeProvider Clock { get; } = clock;

    public GridMetrics Metrics { get; } = metrics;

    public int ShardCount { get; } = grid.Value.ShardCount;

    /// <summary>Test and chaos hook called before each commit transaction.</summary>
    public ICommitFaultInjector Faults { get; } = faults;
}
