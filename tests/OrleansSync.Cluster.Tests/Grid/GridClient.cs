using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>
/// An Orleans client in the test process on the grid's PostgreSQL membership, for what only Orleans can tell: which
/// silo runs which grain, and whether a grain answers.
/// </summary>
public sealed class GridClient : IAsyncDisposable
{
    private readonly IHost _host;

    private GridClient(IHost host) => _host = host;

    public IClusterClient Cluster => _host.Services.GetRequiredService<IClusterClient>();

    public IManagementGrain Management => Cluster.GetGrain<IManagementGrain>(0);

    public static async Task<GridClient> ConnectAsync(string connectionString, TimeSpan timeout)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("orleanssync", "orleanssync"));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
            client.UseConnectionRetryFilter(async (_, cancellationToken) =>
            {
                await Task.Delay(500, cancellationToken);
                return true;
            });
        });
        var host = builder.Build();
        using var deadline = new CancellationTokenSource(timeout);
        await host.StartAsync(deadline.Token);
        return new GridClient(host);
    }

    /// <summary>Active silos with their grain activations, by type (<c>customer</c>, <c>order</c>, …).</summary>
    public async Task<IReadOnlyDictionary<SiloAddress, IReadOnlyDictionary<string, int>>> ActivationsBySiloAsync()
    {
        var hosts = await Management.GetHosts(onlyActive: true);
        var stats = await Management.GetSimpleGrainStatistics([.. hosts.Keys]);
        return hosts.Keys.ToDictionary(
            silo => silo,
            silo => (IReadOnlyDictionary<string, int>)stats.Where(s => s.SiloAddress.Equals(silo)).GroupBy(s => s.GrainType).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount)));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _host.StopAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            // A client with no silo left to say goodbye to.
        }

        _host.Dispose();
    }
}
