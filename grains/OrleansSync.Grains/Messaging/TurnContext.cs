using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Dispatch;

namespace OrleansSync.Grains.Messaging;

/// <summary>
/// What a grain may do during a turn. Everything recorded here is stored with the turn's state in one write and carried
/// out after it: messages go to their grains and HubSpot records to the portal's grain, again and again until
/// acknowledged; reminders are registered with Orleans.
/// </summary>
public sealed class TurnContext
{
    private readonly Func<GrainIdentity> _id;
    private readonly Func<long> _nextSequence;
    private readonly List<OutgoingMessage> _outbox;
    private readonly Dictionary<string, PendingHubSpotWrite> _hubSpot;
    private readonly Dictionary<string, DateTimeOffset> _reminders;
    private readonly Func<SyncCause?> _cause;

    internal TurnContext(Func<GrainIdentity> id, Func<long> nextSequence, List<OutgoingMessage> outbox,
        Dictionary<string, PendingHubSpotWrite> hubSpot, Dictionary<string, DateTimeOffset> reminders, SyncClock clock, Func<SyncCause?> cause)
    {
        _cause = cause;
        _id = id;
        _nextSequence = nextSequence;
        _outbox = outbox;
        _hubSpot = hubSpot;
        _reminders = reminders;
        Clock = clock.Time;
    }

    public GrainIdentity Id => _id();

    /// <summary>The sync (business) clock; tests drive it by hand.</summary>
    public TimeProvider Clock { get; }

    internal HashSet<string> RemindersSet { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> RemindersCancelled { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the turn sent, emitted, withdrew or scheduled anything: only then must it be stored before the next.</summary>
    internal bool RecordedEffects { get; private set; }

    /// <summary>Sends a message to another grain once this turn is stored. The receiver applies it once.</summary>
    public void Send(GrainIdentity target, object message)
    {
        _outbox.Add(new OutgoingMessage(_nextSequence(), target, MessageTypes.NameOf(message.GetType()), MessageTypes.Serialize(message)));
        RecordedEffects = true;
    }

    /// <summary>Records the complete desired state of one HubSpot object; a newer record of the same object replaces an unsent older one.</summary>
    public void Emit(string portalId, string objectKey, HubSpotWrite write)
    {
        _hubSpot[objectKey] = new PendingHubSpotWrite(portalId, objectKey, _nextSequence(), write, _cause());
        RecordedEffects = true;
    }

    /// <summary>
    /// Withdraws every HubSpot record this grain still owes (not yet acknowledged): another grain now owns those objects
    /// and writes their merged state, so a late re-send of these must never overwrite it.
    /// </summary>
    public void RetractHubSpotRecords()
    {
        _hubSpot.Clear();
        RecordedEffects = true;
    }

    /// <summary>Sets (or moves) a reminder; it is delivered once the sync clock reaches <paramref name="dueAt"/>.</summary>
    public void SetReminder(string name, DateTimeOffset dueAt)
    {
        _reminders[name] = dueAt;
        RecordedEffects = true;
        RemindersSet.Add(name);
        RemindersCancelled.Remove(name);
    }

    public void CancelReminder(string name)
    {
        if (_reminders.Remove(name))
        {
            RecordedEffects = true;
            RemindersCancelled.Add(name);
            RemindersSet.Remove(name);
        }
    }

    public bool HasReminder(string name) => _reminders.ContainsKey(name);
}
