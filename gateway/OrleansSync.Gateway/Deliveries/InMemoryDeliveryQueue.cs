namespace OrleansSync.Gateway.Deliveries;

/// <summary>The demo-mode delivery queue: the same rules as on PostgreSQL, in this process only (nothing survives a restart).</summary>
public sealed class InMemoryDeliveryQueue(TimeProvider time) : IDeliveryQueue
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, Row> _rows = [];
    private readonly Dictionary<string, long> _keys = new(StringComparer.Ordinal);
    private long _nextId;

    public Task<IReadOnlyList<AppendReceipt>> AppendAsync(IReadOnlyList<PendingDelivery> deliveries, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var receipts = new AppendReceipt[deliveries.Count];
        lock (_gate)
        {
            for (var i = 0; i < deliveries.Count; i++)
            {
                var d = deliveries[i];
                if (_keys.ContainsKey(d.DeduplicationKey))
                {
                    receipts[i] = new AppendReceipt(null);
                    continue;
                }

                var row = new Row(++_nextId, d, now) { NextAttemptAt = leaseUntil };
                _rows[row.Id] = row;
                _keys[d.DeduplicationKey] = row.Id;
                receipts[i] = new AppendReceipt(row.ToQueued());
            }
        }

        return Task.FromResult<IReadOnlyList<AppendReceipt>>(receipts);
    }

    public Task<IReadOnlyList<QueuedDelivery>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var due = _rows.Values.Where(r => r.DeliveredAt is null && r.NextAttemptAt <= now)
                .OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id).Take(limit).ToList();
            foreach (var row in due)
            {
                row.NextAttemptAt = leaseUntil;
            }

            return Task.FromResult<IReadOnlyList<QueuedDelivery>>([.. due.OrderBy(r => r.Id).Select(r => r.ToQueued())]);
        }
    }

    public Task MarkDeliveredAsync(IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var id in ids)
            {
                if (_rows.TryGetValue(id, out var row) && row.DeliveredAt is null)
                {
                    row.DeliveredAt = now;
                    row.LastError = null;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task RecordFailuresAsync(IReadOnlyList<DeliveryFailure> failures, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var failure in failures)
            {
                if (_rows.TryGetValue(failure.Id, out var row) && row.DeliveredAt is null)
                {
                    row.Attempts++;
                    row.NextAttemptAt = failure.NextAttemptAt;
                    row.LastError = failure.Error;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<long> PruneDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var doomed = _rows.Values.Where(r => r.DeliveredAt < deliveredBefore).ToList();
            foreach (var row in doomed)
            {
                _rows.Remove(row.Id);
                _keys.Remove(row.Delivery.DeduplicationKey);
            }

            return Task.FromResult((long)doomed.Count);
        }
    }

    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<PendingByStore>> ReadPendingAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<PendingByStore> pending = _rows.Values.Where(r => r.DeliveredAt is null)
                .GroupBy(r => r.Delivery.StoreId)
                .Select(g => new PendingByStore(g.Key, g.Count(), g.Min(r => r.CreatedAt)))
                .OrderBy(p => p.StoreId, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(pending);
        }
    }

    private sealed class Row(long id, PendingDelivery delivery, DateTimeOffset createdAt)
    {
        public long Id { get; } = id;

        public PendingDelivery Delivery { get; } = delivery;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public int Attempts { get; set; }

        public DateTimeOffset NextAttemptAt { get; set; }

        public string? LastError { get; set; }

        public DateTimeOffset? DeliveredAt { get; set; }

        public QueuedDelivery ToQueued() =>
            new(Id, Delivery.Target, Delivery.MessageType, Delivery.Payload, Delivery.DeduplicationKey, Delivery.StoreId, Attempts, NextAttemptAt);
    }
}
