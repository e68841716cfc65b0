namespace OrleansSync.Runtime.Storage;

/// <summary>
/// A durable reminder row. <see cref="DueAt"/> is null once a one-shot reminder has fired and its
/// tick waits in the inbox; <see cref="Generation"/> changes on every set, so a tick of a replaced
/// or cancelled reminder is recognised as stale and not delivered.
/// </summary>
public sealed record StoredReminder(string Name, DateTimeOffset? DueAt, TimeSpan? Period, long Generation);
