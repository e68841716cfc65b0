using OrleansSync.HubSpot.Sandbox;

namespace OrleansSync.Silo.Startup;

/// <summary>The HubSpot sandbox this process started because no HubSpot token was configured; says so and stops it with the host.</summary>
internal sealed partial class InProcessSandbox(RunningSandbox sandbox, ILogger<InProcessSandbox> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogSandbox(logger, sandbox.BaseUrl, sandbox.DefaultPortal.PortalId);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await sandbox.DisposeAsync();

    [LoggerMessage(2010, LogLevel.Warning, "No HubSpot:AccessToken configured: syncing to the IN-PROCESS HubSpot SANDBOX at {BaseUrl} (portal {PortalId}), not to HubSpot. Set HubSpot__AccessToken (a private-app token) to sync to your portal.")]
    private static partial void LogSandbox(ILogger logger, Uri baseUrl, long portalId);
}
