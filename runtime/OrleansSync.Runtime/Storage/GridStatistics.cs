namespace OrleansSync.Runtime.Storage;

/// <summary>Queue depths for status pages and metrics.</summary>
public sealed record GridStatistics(long InboxDepth, long ClaimedInboxDepth, long DueReminders, long Reminders, IReadOnlyDictionary<string, long> OutboxByChannel, long DeadLetters);
