using Microsoft.Extensions.Hosting;

namespace OrleansSync.Gateway.Hosting;

/// <summary>
/// Starts the Orleans client's own hosted services (its connection to the cluster) in the background. Orleans starts
/// them as part of host start-up, which keeps retrying until a silo answers: the web server would not listen before
/// then, so a gateway started while no silo is up would accept no delivery and fail its liveness probe. This way it
/// serves at once; grain calls fail until the client is connected, and the hand-off retries them.
/// </summary>
internal sealed class ClusterConnection(IReadOnlyList<IHostedService> client) : BackgroundService
{
    private readonly List<IHostedService> _started = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var service in client)
        {
            await service.StartAsync(stoppingToken);
            _started.Add(service);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].StopAsync(cancellationToken);
        }
    }
}
