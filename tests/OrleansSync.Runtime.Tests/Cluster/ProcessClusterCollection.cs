namespace OrleansSync.Runtime.Tests.Cluster;

/// <summary>
/// The multi-process crash test runs alone: it measures recovery against a 2× TTL bar, and three silo processes
/// competing with the rest of the suite for two cores would measure the machine, not the grid.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessClusterCollection
{
    public const string Name = "process cluster";
}
