using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.InMemory;

public sealed partial class InMemoryGridStore
{
    public Task<IReadOnlyList<OutboxEntry>> ReadAsync(string channel, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxEntry>>([.. _outbox.Values.Where(e => e.Channel == channel).Take(max)]);
        }
    }

    public Task CompleteAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var id in ids)
            {
                _outbox.Remove(id);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeadLetterAsync(IReadOnlyList<(OutboxEntry Entry, string Error, int Attempts)> rejected, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var (entry, error, attempts) in rejected)
            {
                if (_outbox.Remove(entry.Id))
                {
                    AddDeadLetterLocked(new NewDeadLetter(DeadLetterKind.Outbox, entry.Source, entry.Channel, entry.ObjectKey, entry.Payload, error, attempts));
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, long>> CountByChannelAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(CountByChannelLocked());
        }
    }

    public Task<GridStatistics> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var reminders = _grains.Values.SelectMany(g => g.Reminders.Values).ToList();
            return Task.FromResult(new GridStatistics(
                _pending.Count,
                _inbox.Values.Sum(rows => rows.Values.Count(r => r.ClaimedEpoch != 0)),
                reminders.Count(r => r.DueAt <= now),
                reminders.Count,
                CountByChannelLocked(),
                _deadLetters.Count));
        }
    }

    private IReadOnlyDictionary<string, long> CountByChannelLocked() =>
        _outbox.Values.GroupBy(e => e.Channel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
}
