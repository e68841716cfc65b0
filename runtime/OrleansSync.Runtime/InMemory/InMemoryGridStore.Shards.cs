using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Reminders;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.InMemory;

public sealed partial class InMemoryGridStore
{
    public Task<IReadOnlyList<InboxEntry>> ClaimAsync(ShardLease lease, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            EnsureHeldLocked(lease);
            if (!_inbox.TryGetValue(lease.Shard, out var rows))
            {
                return Task.FromResult<IReadOnlyList<InboxEntry>>([]);
            }

            var claimed = new List<InboxEntry>();
            foreach (var row in rows.Values)
            {
                if (claimed.Count == max)
                {
                    break;
                }

                if (row.ClaimedEpoch != lease.Epoch)
                {
                    row.ClaimedEpoch = lease.Epoch;
                    claimed.Add(row.Entry);
                }
            }

            return Task.FromResult<IReadOnlyList<InboxEntry>>(claimed);
        }
    }

    public Task<StoredGrain> LoadGrainAsync(ShardLease lease, GrainId grain, CancellationToken cancellationToken) =>
        ReadGrainAsync(grain, cancellationToken);

    public async Task CommitAsync(ShardLease lease, IReadOnlyList<TurnCommit> turns, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            EnsureHeldLocked(lease);
            foreach (var turn in turns)
            {
                var current = _grains.TryGetValue(turn.Grain, out var row) ? row.Version : 0;
                if (turn.State is { } write && write.ExpectedVersion != current)
                {
                    throw new StateConflictException(turn.Grain, write.ExpectedVersion);
                }
            }
        }

        // Validation passed; a fault here must leave nothing behind, exactly like a rolled-back transaction.
        await _faults.OnCommitAsync(CommitStage.BeforeCommit, lease, turns, cancellationToken);
        var notified = new List<int>();
        lock (_gate)
        {
            EnsureHeldLocked(lease);
            foreach (var turn in turns)
            {
                ApplyLocked(turn, notified);
            }
        }

        Notify(notified);
    }

    public Task<int> FireDueRemindersAsync(ShardLease lease, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var fired = 0;
        lock (_gate)
        {
            EnsureHeldLocked(lease);
            foreach (var (grain, row) in _grains.Where(g => g.Value.Shard == lease.Shard))
            {
                foreach (var reminder in row.Reminders.Values.ToList())
                {
                    if (fired == max || reminder.DueAt is not { } due || due > now)
                    {
                        continue;
                    }

                    var tick = new ReminderTick(reminder.Name, due, reminder.Period, reminder.Generation);
                    AppendLocked(new NewInboxEntry(row.Shard, grain, ReminderSchedule.TickMessageType, ReminderSchedule.TickPayload(tick), null));
                    row.Reminders[reminder.Name] = reminder with
                    {
                        DueAt = reminder.Period is { } period ? ReminderSchedule.NextDue(due, period, now) : null,
                    };
                    fired++;
                }
            }
        }

        if (fired > 0)
        {
            Notify([lease.Shard]);
        }

        return Task.FromResult(fired);
    }

    public Task<IReadOnlyList<ShardWork>> FindWorkAsync(IReadOnlyList<ShardLease> leases, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var work = new List<ShardWork>();
            foreach (var lease in leases)
            {
                var messages = _inbox.TryGetValue(lease.Shard, out var rows) && rows.Values.Any(r => r.ClaimedEpoch != lease.Epoch);
                var reminders = _grains.Values.Any(g => g.Shard == lease.Shard && g.Reminders.Values.Any(r => r.DueAt <= now));
                if (messages || reminders)
                {
                    work.Add(new ShardWork(lease.Shard, messages, reminders));
                }
            }

            return Task.FromResult<IReadOnlyList<ShardWork>>(work);
        }
    }

    public async Task ListenAsync(Action<int?> onWork, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _listeners.Add(onWork);
        }

        try
        {
            onWork(null);
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(onWork);
            }
        }
    }

    private void ApplyLocked(TurnCommit turn, List<int> notified)
    {
        foreach (var sequence in turn.Consumed)
        {
            if (_pending.Remove(sequence, out var shard))
            {
                _inbox[shard].Remove(sequence);
            }
        }

        if (!_grains.TryGetValue(turn.Grain, out var row))
        {
            _grains[turn.Grain] = row = new GrainRow(turn.Shard);
        }

        if (turn.State is { } write)
        {
            row.Version = write.ExpectedVersion + 1;
            row.StateJson = write.Json;
        }

        foreach (var change in turn.Reminders)
        {
            ApplyReminderLocked(row, change);
        }

        foreach (var message in turn.Messages)
        {
            AppendLocked(message);
            notified.Add(message.Shard);
        }

        foreach (var effect in turn.Outbox)
        {
            var id = ++_outboxId;
            _outbox[id] = new OutboxEntry(id, effect.Channel, effect.ObjectKey, effect.Payload, turn.Grain, LeaseNow);
        }

        if (turn.DeadLetter is { } letter)
        {
            AddDeadLetterLocked(letter);
        }
    }

    private static void ApplyReminderLocked(GrainRow row, ReminderChange change)
    {
        switch (change)
        {
            case ReminderSet set:
                row.Reminders[set.Name] = new StoredReminder(set.Name, set.DueAt, set.Period, set.Generation);
                break;
            case ReminderCancel:
                row.Reminders.Remove(change.Name);
                break;
            case ReminderCompleted done when row.Reminders.TryGetValue(done.Name, out var r) && r.Generation == done.Generation && r.DueAt is null:
                row.Reminders.Remove(done.Name);
                break;
        }
    }

    private void AddDeadLetterLocked(NewDeadLetter letter)
    {
        var id = ++_deadLetterId;
        _deadLetters[id] = new DeadLetter(id, letter.Kind, letter.Grain, letter.Channel, letter.TypeOrObjectKey, letter.Payload, letter.Error, letter.Attempts, LeaseNow);
    }
}
