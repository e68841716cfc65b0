using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Activations;

/// <summary>
/// A live grain instance in a shard worker, with its mailbox and the last committed version of its state.
/// Guarded by the owning worker's lock except while its own turn runs.
/// </summary>
internal sealed class Activation(GrainId id, GrainType type)
{
    public GrainId Id { get; } = id;

    public GrainType Type { get; } = type;

    public IGrainActivation? Instance { get; set; }

    public LinkedList<InboxEntry> Mailbox { get; } = new();

    public HashSet<long> Queued { get; } = [];

    public bool Running { get; set; }

    public long Version { get; set; }

    public string? CommittedJson { get; set; }

    public IReadOnlyDictionary<string, StoredReminder> Reminders { get; set; } = NoReminders;

    public DateTimeOffset LastUsed { get; set; }

    /// <summary>After a failed multi-message turn, this many messages run one per turn to isolate the bad one.</summary>
    public int SingleStepRemaining { get; set; }

    /// <summary>Failed attempts per message; created on the first failure (most activations never see one).</summary>
    public Dictionary<long, int>? Failures { get; set; }

    /// <summary>Shared by every activation without reminders, so an idle activation costs less.</summary>
    public static IReadOnlyDictionary<string, StoredReminder> NoReminders { get; } = new Dictionary<string, StoredReminder>();
}
