using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Hosting;

/// <summary>Says at start-up that this is a sandbox, not HubSpot, and which portals (and sandbox tokens) it serves.</summary>
internal sealed partial class SandboxBanner(PortalRegistry portals, ILogger<SandboxBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var portal in portals.All)
        {
            LogPortal(logger, portal.PortalId, portal.AccessToken, portal.Options.RequestsPerInterval, (long)portal.Options.Interval.TotalMilliseconds, portal.Options.DailyLimit);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4900, Level = LogLevel.Warning,
        Message = "HubSpot SANDBOX (not HubSpot): portal {PortalId} accepts sandbox token {SandboxToken}; {Requests} calls per {IntervalMs} ms, {Daily} per day")]
    private static partial void LogPortal(ILogger logger, long portalId, string sandboxToken, int requests, long intervalMs, int daily);
}
