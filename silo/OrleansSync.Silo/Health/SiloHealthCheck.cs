using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrleansSync.Runtime.Silo;

namespace OrleansSync.Silo.Health;

/// <summary>Ready once this silo runs at least one shard (a lone silo owns them all within one renewal round).</summary>
internal sealed class SiloHealthCheck(GridSilo silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var shards = silo.OwnedShards.Count;
        var data = new Dictionary<string, object> { ["silo"] = silo.SiloId, ["shards"] = shards, ["activations"] = silo.ActivationCount };
        return Task.FromResult(shards > 0
            ? HealthCheckResult.Healthy($"silo {silo.SiloId} runs {shards} shards", data)
            : HealthCheckResult.Degraded($"silo {silo.SiloId} owns no shard yet", data: data));
    }
}
