using OrleansSync.Cluster.Tests.Processes;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>A settled grid after a run under a HubSpot fault, for the test's own checks; disposing disposes the grid.</summary>
public sealed class FaultRun(ProcessGrid grid, GridProcess gateway) : IAsyncDisposable
{
    public ProcessGrid Grid { get; } = grid;

    /// <summary>The process serving the store's webhooks and the admin API.</summary>
    public GridProcess Gateway { get; } = gateway;

    /// <summary>HubSpot's answers during the run, by status code.</summary>
    public IReadOnlyDictionary<int, int> StatusCounts { get; } = grid.Sandbox.DefaultPortal.Calls().GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>How many calls HubSpot answered with <paramref name="status"/>.</summary>
    public int Answered(int status) => StatusCounts.GetValueOrDefault(status);

    public ValueTask DisposeAsync() => Grid.DisposeAsync();
}
