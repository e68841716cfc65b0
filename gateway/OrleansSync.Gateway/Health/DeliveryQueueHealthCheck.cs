using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Health;

/// <summary>Ready only while the delivery queue answers: without it no delivery can be acknowledged.</summary>
internal sealed class DeliveryQueueHealthCheck(IDeliveryQueue queue) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await queue.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy("The delivery queue answers.");
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The delivery queue (PostgreSQL) does not answer; deliveries are answered 503 with Retry-After until it does.", error);
        }
    }
}
