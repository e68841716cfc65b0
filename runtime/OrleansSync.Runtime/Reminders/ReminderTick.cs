namespace OrleansSync.Runtime.Reminders;

/// <summary>
/// Delivered to a grain when one of its durable reminders is due. Delivery is at-least-once:
/// a handler that must act once per occurrence dedupes on (<see cref="Name"/>, <see cref="DueAt"/>).
/// Occurrences missed while nobody owned the shard are coalesced into one catch-up tick.
/// </summary>
public sealed record ReminderTick(string Name, DateTimeOffset DueAt, TimeSpan? Period, long Generation);
