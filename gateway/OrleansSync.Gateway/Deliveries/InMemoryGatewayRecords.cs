namespace OrleansSync.Gateway.Deliveries;

/// <summary>The single-process store of kept deliveries and erase audits (nothing survives a restart).</summary>
public sealed class InMemoryGatewayRecords : IDeliveryLog, IErasureAuditLog
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, (DeliveryRecord Record, IReadOnlyList<string> Emails)> _deliveries = [];
    private readonly Dictionary<string, long> _quarantineKeys = new(StringComparer.Ordinal);
    private readonly List<ErasureAudit> _audits = [];
    private long _nextId;

    public Task<long> RecordAsync(NewDeliveryRecord record, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (record is { Kind: DeliveryKind.Quarantined, DeliveryKey: { } key } && _quarantineKeys.TryGetValue(key, out var existing))
            {
                return Task.FromResult(existing);
            }

            var id = ++_nextId;
            var stored = new DeliveryRecord(
                id, record.Kind, record.Platform, record.StoreId, record.Topic, record.StatusCode, record.Reason,
                new Dictionary<string, string>(record.Headers), [.. record.Body], record.BodyTruncated, record.DeliveryKey, record.ReceivedAt);
            _deliveries[id] = (stored, record.Emails);
            if (record is { Kind: DeliveryKind.Quarantined, DeliveryKey: { } newKey })
            {
                _quarantineKeys[newKey] = id;
            }

            return Task.FromResult(id);
        }
    }

    public Task<IReadOnlyList<DeliveryRecord>> ListAsync(DeliveryKind? kind, long afterId, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DeliveryRecord> page = _deliveries.Values.Select(d => d.Record)
                .Where(r => r.Id > afterId && (kind is null || r.Kind == kind))
                .Take(limit)
                .ToList();
            return Task.FromResult(page);
        }
    }

    public Task<DeliveryRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_deliveries.TryGetValue(id, out var d) ? d.Record : null);
        }
    }

    public Task<int> EraseByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var doomed = _deliveries.Where(d => d.Value.Emails.Contains(normalizedEmail, StringComparer.Ordinal)).ToList();
            foreach (var (id, (record, _)) in doomed)
            {
                _deliveries.Remove(id);
                if (record is { Kind: DeliveryKind.Quarantined, DeliveryKey: { } key })
                {
                    _quarantineKeys.Remove(key);
                }
            }

            return Task.FromResult(doomed.Count);
        }
    }

    public Task<bool> RecordAsync(ErasureAudit audit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_audits.Any(a => a.RequestId == audit.RequestId))
            {
                return Task.FromResult(false);
            }

            _audits.Add(audit);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<ErasureAudit>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ErasureAudit> newest = _audits.AsEnumerable().Reverse().Take(limit).ToList();
            return Task.FromResult(newest);
        }
    }
}
