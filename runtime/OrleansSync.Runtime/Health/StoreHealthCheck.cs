using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace OrleansSync.Runtime.Health;

/// <summary>Degraded when a long transaction pins the xmin horizon or the NOTIFY queue fills; the data carries the figures.</summary>
public sealed class StoreHealthCheck(IStoreHealthReader reader, IOptions<StoreHealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await reader.ReadHealthAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["oldestTransactionSeconds"] = health.OldestTransactionAge?.TotalSeconds ?? 0,
            ["notificationQueueUsage"] = health.NotificationQueueUsage,
            ["inboxDeadTuples"] = health.InboxDeadTuples,
            ["outboxDeadTuples"] = health.OutboxDeadTuples,
        };
        var problems = new List<string>();
        if (health.OldestTransactionAge > options.Value.LongTransaction)
        {
            problems.Add($"a transaction has been open for {health.OldestTransactionAge.Value.TotalSeconds:F0} s; it holds back vacuum of the queue tables");
        }

        if (health.NotificationQueueUsage > options.Value.NotificationQueueUsage)
        {
            problems.Add($"the NOTIFY queue is {health.NotificationQueueUsage:P0} full");
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy("store healthy", data)
            : HealthCheckResult.Degraded(string.Join("; ", problems), data: data);
    }
}
