using Npgsql;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>A delivery queue whose database is down: every call fails as Npgsql does when the server cannot be reached.</summary>
public sealed class UnavailableDeliveryQueue : IDeliveryQueue
{
    public Task<IReadOnlyList<AppendReceipt>> AppendAsync(IReadOnlyList<PendingDelivery> deliveries, DateTimeOffset leaseUntil, CancellationToken cancellationToken) => Down<IReadOnlyList<AppendReceipt>>();

    public Task<IReadOnlyList<QueuedDelivery>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) => Down<IReadOnlyList<QueuedDelivery>>();

    public Task MarkDeliveredAsync(IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken cancellationToken) => Down<bool>();

    public Task RecordFailuresAsync(IReadOnlyList<DeliveryFailure> failures, CancellationToken cancellationToken) => Down<bool>();

    public Task<long> PruneDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken) => Down<long>();

    public Task PingAsync(CancellationToken cancellationToken) => Down<bool>();

    public Task<IReadOnlyList<PendingByStore>> ReadPendingAsync(CancellationToken cancellationToken) => Down<IReadOnlyList<PendingByStore>>();

    private static Task<T> Down<T>() => Task.FromException<T>(new NpgsqlException("Failed to connect to 127.0.0.1:1 (test: database down)"));
}
