using System.Collections.Concurrent;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>The gateway's real delivery queue, remembering every message it appended (not the duplicates).</summary>
public sealed class CapturingDeliveryQueue(IDeliveryQueue inner) : IDeliveryQueue
{
    private readonly ConcurrentQueue<AppendedMessage> _appended = new();

    public IDeliveryQueue Inner => inner;

    public IReadOnlyList<AppendedMessage> Appended => [.. _appended];

    public IReadOnlyList<T> Events<T>() => [.. _appended.Select(m => m.Message).OfType<T>()];

    public async Task<IReadOnlyList<AppendReceipt>> AppendAsync(IReadOnlyList<PendingDelivery> deliveries, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var receipts = await inner.AppendAsync(deliveries, leaseUntil, cancellationToken);
        foreach (var queued in receipts.Select(r => r.Queued).OfType<QueuedDelivery>())
        {
            _appended.Enqueue(new AppendedMessage(queued.Target, Read(queued), queued.DeduplicationKey, queued.StoreId));
        }

        return receipts;
    }

    public Task<IReadOnlyList<QueuedDelivery>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) =>
        inner.ClaimDueAsync(now, leaseUntil, limit, cancellationToken);

    public Task MarkDeliveredAsync(IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken cancellationToken) => inner.MarkDeliveredAsync(ids, now, cancellationToken);

    public Task RecordFailuresAsync(IReadOnlyList<DeliveryFailure> failures, CancellationToken cancellationToken) => inner.RecordFailuresAsync(failures, cancellationToken);

    public Task<long> PruneDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken) => inner.PruneDeliveredAsync(deliveredBefore, cancellationToken);

    public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

    public Task<IReadOnlyList<PendingByStore>> ReadPendingAsync(CancellationToken cancellationToken) => inner.ReadPendingAsync(cancellationToken);

    // A test may queue an unreadable message on purpose; it is captured as its raw JSON.
    private static object Read(QueuedDelivery queued)
    {
        try
        {
            return MessageTypes.Deserialize(queued.MessageType, queued.Payload);
        }
        catch (System.Text.Json.JsonException)
        {
            return queued.Payload;
        }
    }

    public async Task<long> PendingAsync() => (await inner.ReadPendingAsync(CancellationToken.None)).Sum(p => p.Pending);
}
