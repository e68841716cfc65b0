using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.Storage;

/// <summary>
/// Everything one grain turn changed. It commits atomically with the consumption of
/// <see cref="Consumed"/>, fenced by the shard lease, or not at all.
/// </summary>
public sealed record TurnCommit(
    GrainId Grain,
    int Shard,
    IReadOnlyList<long> Consumed,
    StateWrite? State,
    IReadOnlyList<NewInboxEntry> Messages,
    IReadOnlyList<ReminderChange> Reminders,
    IReadOnlyList<NewOutboxEntry> Outbox,
    NewDeadLetter? DeadLetter = null);

/// <summary>New state for a grain; it is written only if the stored version still equals <see cref="ExpectedVersion"/>.</summary>
public sealed record StateWrite(long ExpectedVersion, string Json);
