using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Storage;

namespace OrleansSync.Gateway.Hosting;

/// <summary>One line once the standalone gateway serves: where it listens, for which stores, which cluster. Never the token.</summary>
internal sealed partial class GatewayReadyAnnouncer(
    IHostApplicationLifetime lifetime,
    IServer server,
    IOptions<GatewayOptions> gateway,
    IOptions<OrleansClientOptions> orleans,
    IOptions<StorageOptions> storage,
    ILogger<GatewayReadyAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var url = string.Join(", ", server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
            LogReady(
                logger,
                url,
                string.Join(", ", gateway.Value.Stores.Select(s => s.Id)),
                orleans.Value.ClusterId,
                storage.Value.UsesPostgres ? "PostgreSQL" : $"localhost:{orleans.Value.LocalhostGatewayPort} (demo mode)");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(3201, LogLevel.Information, "OrleansSync gateway ready on {Url}: stores {Stores}; admin API and grid dashboard (/admin/grid) with Gateway:Admin:Token; Orleans cluster {ClusterId} found through {Clustering}")]
    private static partial void LogReady(ILogger logger, string url, string stores, string clusterId, string clustering);
}
