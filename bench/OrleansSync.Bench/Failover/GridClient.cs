using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace OrleansSync.Bench.Failover;

/// <summary>
/// An Orleans client in this process that enters the cluster through one silo's gateway only (the silo that is never
/// killed), as the gateway co-hosted by the first silo does: the time measured is the grains' failover, not the client's.
/// </summary>
internal sealed class GridClient : IAsyncDisposable
{
    private readonly IHost _host;

    private GridClient(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<GridClient> ConnectAsync(int gatewayPort, TimeSpan responseTimeout, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders(); // a failover is loud on purpose; the figures say what happened
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, gatewayPort));
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("orleanssync", "orleanssync"));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout);
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new GridClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
