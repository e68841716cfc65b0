using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Storage;

namespace OrleansSync.Silo.Startup;

/// <summary>
/// One line once the process serves: where the gateway (or this silo's health) listens, where HubSpot is, where state
/// lives. The admin token is shown only when it is the public demo token; a configured one is never logged.
/// </summary>
internal sealed partial class ReadyAnnouncer(
    IHostApplicationLifetime lifetime,
    IServer server,
    IServiceProvider services,
    IOptions<SiloOptions> silo,
    IOptions<GridOptions> grid,
    ILogger<ReadyAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => LogReady(logger, Serving(), HubSpot(), grid.Value.UsesPostgres ? "state on PostgreSQL" : "state IN MEMORY (nothing survives a restart)"));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string Serving()
    {
        var url = string.Join(", ", server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        if (!silo.Value.HostGateway)
        {
            return $"silo {services.GetRequiredService<ILocalSiloDetails>().SiloAddress}, health on {url}/health/ready";
        }

        var stores = string.Join(", ", services.GetRequiredService<IOptions<GatewayOptions>>().Value.Stores.Select(s => s.Id));
        var token = services.GetRequiredService<IOptions<AdminOptions>>().Value.Token == AdminOptions.DemoToken
            ? $"DEMO MODE, never expose it: stores {stores} with the README's demo secrets, admin token {AdminOptions.DemoToken}"
            : $"stores {stores}, admin token from Gateway:Admin:Token";
        return $"gateway on {url} ({token}; grid dashboard {url}/admin/grid)";
    }

    private string HubSpot()
    {
        if (services.GetService<RunningSandbox>() is { } sandbox)
        {
            return $"HubSpot SANDBOX on {sandbox.BaseUrl} (portal {sandbox.DefaultPortal.PortalId}, not HubSpot; look into it at {sandbox.BaseUrl}_sandbox/portals)";
        }

        return $"HubSpot at {services.GetRequiredService<IOptions<HubSpotClientOptions>>().Value.BaseUrl}";
    }

    [LoggerMessage(2000, LogLevel.Information, "OrleansSync ready: {Serving}; {HubSpot}; {State}")]
    private static partial void LogReady(ILogger logger, string serving, string hubSpot, string state);
}
