namespace OrleansSync.Cluster.Tests;

/// <summary>
/// Every test here starts several .NET processes on a 2-core machine: they share one collection that runs alone
/// (after any other collection of this assembly), one test at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "Grid processes";
}
