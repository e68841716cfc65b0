using OrleansSync.HubSpot.Sandbox;

namespace OrleansSync.Silo.Startup;

/// <summary>The HubSpot sandbox this process started because no HubSpot token was configured; stopped with the host.</summary>
internal sealed class InProcessSandbox(RunningSandbox sandbox) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await sandbox.DisposeAsync();
}
