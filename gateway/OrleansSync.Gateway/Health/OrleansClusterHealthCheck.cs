using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace OrleansSync.Gateway.Health;

/// <summary>
/// Ready only while the Orleans cluster answers through this process (client connected, at least one silo active).
/// Deliveries are still accepted while it does not; they wait in the queue.
/// </summary>
internal sealed class OrleansClusterHealthCheck(IGrainFactory grains, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var silos = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken).WaitAsync(Timeout, time, cancellationToken);
            return silos.Count > 0
                ? HealthCheckResult.Healthy($"{silos.Count} active silo(s).")
                : HealthCheckResult.Unhealthy("The cluster has no active silo.");
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The Orleans cluster does not answer.", error);
        }
    }
}
