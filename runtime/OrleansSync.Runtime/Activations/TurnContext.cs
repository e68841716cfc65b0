using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Serialization;
using OrleansSync.Runtime.Shards;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Activations;

/// <summary>Collects what one turn does; it becomes a <see cref="TurnCommit"/> when the turn ends.</summary>
internal sealed class TurnContext(GrainId id, TimeProvider clock, GridSerializer serializer, int shardCount, IReadOnlyDictionary<string, StoredReminder> reminders)
    : IGrainContext
{
    // Copied on the first change only: most turns touch no reminder, and the activation keeps what this returns.
    private Dictionary<string, StoredReminder>? _changed;

    public GrainId Id { get; } = id;

    public TimeProvider Clock { get; } = clock;

    public List<NewInboxEntry> Messages { get; } = [];

    public List<ReminderChange> ReminderChanges { get; } = [];

    public List<NewOutboxEntry> Outbox { get; } = [];

    /// <summary>The reminders as they will be once the turn commits.</summary>
    public IReadOnlyDictionary<string, StoredReminder> Reminders => _changed ?? reminders;

    public bool HasChanges => Messages.Count > 0 || ReminderChanges.Count > 0 || Outbox.Count > 0;

    public void Send(GrainId target, object message, string? deduplicationKey = null)
    {
        var type = message.GetType();
        Messages.Add(new NewInboxEntry(ShardHash.ShardOf(target, shardCount), target, MessageNames.Of(type), serializer.Serialize(message, type), deduplicationKey));
    }

    public void SetReminder(string name, DateTimeOffset dueAt, TimeSpan? period = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (period is { } p && p <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), "A reminder period must be positive.");
        }

        // A random generation, not a counter: a reminder cancelled and set again must never match a stale tick.
        var set = new ReminderSet(name, dueAt, period, Random.Shared.NextInt64(1, long.MaxValue));
        ReminderChanges.Add(set);
        Changed()[name] = new StoredReminder(name, dueAt, period, set.Generation);
    }

    public void CancelReminder(string name)
    {
        if (Reminders.ContainsKey(name))
        {
            Changed().Remove(name);
            ReminderChanges.Add(new ReminderCancel(name));
        }
    }

    public bool HasReminder(string name) => Reminders.ContainsKey(name);

    public void Emit(string channel, string objectKey, object payload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectKey);
        Outbox.Add(new NewOutboxEntry(channel, objectKey, serializer.Serialize(payload, payload.GetType())));
    }

    /// <summary>Records that a fired one-shot reminder's tick was consumed.</summary>
    public void CompleteFiredReminder(StoredReminder fired)
    {
        if (fired.Period is null && Reminders.TryGetValue(fired.Name, out var current) && current.Generation == fired.Generation)
        {
            Changed().Remove(fired.Name);
            ReminderChanges.Add(new ReminderCompleted(fired.Name, fired.Generation));
        }
    }

    private Dictionary<string, StoredReminder> Changed() => _changed ??= new Dictionary<string, StoredReminder>(reminders, StringComparer.Ordinal);
}
