using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Membership;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.InMemory;

/// <summary>
/// The single-process provider: the same contracts and semantics as the PostgreSQL store, kept in
/// memory under one lock. For unit tests and the zero-configuration default; nothing survives the process.
/// </summary>
public sealed partial class InMemoryGridStore(ICommitFaultInjector? faults = null, TimeProvider? leaseClock = null)
    : IInboxStore, IShardStore, ILeaseStore, IOutboxStore, IDeadLetterStore, IGridStatisticsReader, IGridSchema, Health.IStoreHealthReader
{
    private readonly Lock _gate = new();
    private readonly ICommitFaultInjector _faults = faults ?? NoCommitFaults.Instance;
    private readonly TimeProvider _leaseClock = leaseClock ?? TimeProvider.System;

    private readonly Dictionary<int, SortedDictionary<long, InboxRow>> _inbox = [];
    private readonly Dictionary<long, int> _pending = [];
    private readonly Dictionary<string, (long Sequence, DateTimeOffset ReceivedAt)> _deliveryKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<GrainId, GrainRow> _grains = [];
    private readonly Dictionary<int, LeaseRow> _leases = [];
    private readonly Dictionary<string, SiloRecord> _silos = new(StringComparer.Ordinal);
    private readonly SortedDictionary<long, OutboxEntry> _outbox = [];
    private readonly SortedDictionary<long, DeadLetter> _deadLetters = [];
    private readonly List<Action<int?>> _listeners = [];
    private long _sequence;
    private long _outboxId;
    private long _deadLetterId;

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<Health.StoreHealth> ReadHealthAsync(CancellationToken cancellationToken) => Task.FromResult(new Health.StoreHealth(null, 0, 0, 0));

    private DateTimeOffset LeaseNow => _leaseClock.GetUtcNow();

    private void Notify(IEnumerable<int> shards)
    {
        Action<int?>[] listeners;
        lock (_gate)
        {
            listeners = [.. _listeners];
        }

        foreach (var shard in shards.Distinct())
        {
            foreach (var listener in listeners)
            {
                listener(shard);
            }
        }
    }

    private sealed class InboxRow(InboxEntry entry)
    {
        public InboxEntry Entry { get; } = entry;

        public long ClaimedEpoch { get; set; }
    }

    private sealed class GrainRow(int shard)
    {
        public int Shard { get; } = shard;

        public long Version { get; set; }

        public string? StateJson { get; set; }

        public Dictionary<string, StoredReminder> Reminders { get; } = new(StringComparer.Ordinal);
    }

    private sealed record LeaseRow(string? Owner, long Epoch, DateTimeOffset ExpiresAt);
}
