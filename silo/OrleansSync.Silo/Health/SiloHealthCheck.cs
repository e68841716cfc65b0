using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OrleansSync.Silo.Health;

/// <summary>Ready once this silo is an active member of the cluster (it then takes grains).</summary>
internal sealed class SiloHealthCheck(ILocalSiloDetails silo, IClusterMembershipService membership) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(silo.SiloAddress);
        var data = new Dictionary<string, object>
        {
            ["silo"] = silo.SiloAddress.ToString(),
            ["status"] = status.ToString(),
            ["activeSilos"] = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active),
        };
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"silo {silo.SiloAddress} is active", data)
            : HealthCheckResult.Unhealthy($"silo {silo.SiloAddress} is {status}", data: data));
    }
}
