namespace OrleansSync.Runtime.Health;

/// <summary>
/// Queue-hygiene signals of the store (PostgreSQL's dead tuples and xmin horizon are the classic way a
/// database-backed queue degrades). Zero for the in-memory store.
/// </summary>
/// <param name="OldestTransactionAge">Age of the oldest open transaction in the database (it holds back vacuum), if any.</param>
/// <param name="NotificationQueueUsage">Fraction of the NOTIFY queue in use (0–1); commits fail when it is full.</param>
/// <param name="InboxDeadTuples">Dead row versions in the inbox table.</param>
/// <param name="OutboxDeadTuples">Dead row versions in the outbox table.</param>
public sealed record StoreHealth(TimeSpan? OldestTransactionAge, double NotificationQueueUsage, long InboxDeadTuples, long OutboxDeadTuples);
