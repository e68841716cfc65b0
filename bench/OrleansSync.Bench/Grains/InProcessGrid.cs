using Microsoft.Extensions.Logging;
using Orleans.TestingHost;
using OrleansSync.Storage;
using OrleansSync.Storage.Orleans;

namespace OrleansSync.Bench.Grains;

/// <summary>
/// One silo and a client in this process (Orleans TestingHost, in-memory transport and membership), with the product's
/// grain persistence: Orleans' ADO.NET provider on our PostgreSQL schema with the System.Text.Json serializer, or in memory.
/// </summary>
internal static class InProcessGrid
{
    public static async Task<InProcessTestCluster> StartAsync(GridOptions grid, Action<ISiloBuilder>? configure = null)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureHost(host => host.Logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseGridPersistence(grid);
            configure?.Invoke(silo);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
