using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Dispatch;

/// <summary>
/// A portal grain's in-memory queue: the latest record per HubSpot object (a newer version of an object replaces the
/// queued one, which is how updates coalesce), and the records of the batch being sent. Not durable: the owing grains keep
/// their records until acknowledged and send them again to a new activation. It also remembers the versions it wrote
/// lately, so a version arriving again (a re-send that crossed its acknowledgement) or an older one arriving late (from a stale activation of the owing grain) never overwrites a newer one.
/// </summary>
public sealed class PortalQueue(int rememberWritten = 100_000)
{
    private readonly Dictionary<string, QueuedWrite> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueuedWrite> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueuedWrite> _written = new(StringComparer.Ordinal);
    private readonly Queue<string> _writtenOrder = new();

    public int Count => _queued.Count;

    public int InFlight => _inFlight.Count;

    public IReadOnlyList<string> Keys => [.. _queued.Keys, .. _inFlight.Keys];

    /// <summary>Queues a record; false when this or a newer version of it was written already (the sender is to be told again).</summary>
    public bool Add(QueuedWrite write)
    {
        if (IsSameOrOlder(_written.GetValueOrDefault(write.ObjectKey), write))
        {
            return false;
        }

        if (!IsSameOrOlder(_queued.GetValueOrDefault(write.ObjectKey), write) && !IsSameOrOlder(_inFlight.GetValueOrDefault(write.ObjectKey), write))
        {
            _queued[write.ObjectKey] = write;
        }

        return true;
    }

    /// <summary>
    /// A round that did not take everything leaves, per upsert type with at least one full batch call (100) in it, the
    /// records short of the next full call when more of that type are still queued: they fill a later round's call, so a
    /// backlog's calls stay full. A type with less than one call's worth keeps it: nothing is held back for good.
    /// </summary>
    private static void LeavePartialBatches(List<QueuedWrite> batch, IEnumerable<QueuedWrite> rest)
    {
        var more = rest.Where(w => w.Write.Kind == HubSpotWriteKind.Upsert).Select(w => w.Write.ObjectType).ToHashSet(StringComparer.Ordinal);
        var leave = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in more)
        {
            var ofType = batch.Where(w => w.Write.Kind == HubSpotWriteKind.Upsert && w.Write.ObjectType == type).ToList();
            if (ofType.Count > HubSpotClient.BatchSize)
            {
                leave.UnionWith(ofType.Skip(ofType.Count - (ofType.Count % HubSpotClient.BatchSize)).Select(w => w.ObjectKey));
            }
        }

        batch.RemoveAll(w => leave.Contains(w.ObjectKey));
    }

    /// <summary>Whether any queued record is one <see cref="Take"/> would take: <paramref name="due"/> accepts it and no version of its object is in flight.</summary>
    public bool HasAny(Func<QueuedWrite, bool> due) => _queued.Values.Any(w => Takeable(w, due));

    /// <summary>
    /// Takes up to <paramref name="max"/> records <paramref name="due"/> accepts (all by default) — upserts, then
    /// associations, events, GDPR deletes — and marks them in flight. A newer version of an object whose older one is still in flight (its batch still being
    /// finished) waits: sent first, it could be overtaken by the older one coming back for another try.
    /// </summary>
    public IReadOnlyList<QueuedWrite> Take(int max, Func<QueuedWrite, bool>? due = null)
    {
        // Upserts name no other record's HubSpot id, so they go in arrival order (a stable sort): an order's contact, deal
        // and lines travel together, and the acknowledgement work of new contacts, the heaviest, spreads over a backlog's
        // drain instead of filling its first rounds.
        var candidates = _queued.Values.Where(w => Takeable(w, due)).OrderBy(w => ObjectKeys.Rank(w.Write)).ToList();
        var batch = candidates.Take(max).ToList();
        if (candidates.Count > batch.Count)
        {
            LeavePartialBatches(batch, candidates.Skip(batch.Count));
        }

        foreach (var write in batch)
        {
            _queued.Remove(write.ObjectKey);
            _inFlight[write.ObjectKey] = write;
        }

        return batch;
    }

    /// <summary>The record was written or dead-lettered.</summary>
    public void Done(QueuedWrite write)
    {
        _inFlight.Remove(write.ObjectKey);
        if (_written.TryAdd(write.ObjectKey, write))
        {
            _writtenOrder.Enqueue(write.ObjectKey);
            if (_writtenOrder.Count > rememberWritten)
            {
                _written.Remove(_writtenOrder.Dequeue());
            }
        }
        else
        {
            _written[write.ObjectKey] = write;
        }
    }

    /// <summary>The record is to be tried again, unless a newer version arrived meanwhile.</summary>
    public void Return(QueuedWrite write)
    {
        _inFlight.Remove(write.ObjectKey);
        _queued.TryAdd(write.ObjectKey, write);
    }

    private bool Takeable(QueuedWrite write, Func<QueuedWrite, bool>? due) => !_inFlight.ContainsKey(write.ObjectKey) && due?.Invoke(write) != false;

        private static bool IsSameOrOlder(QueuedWrite? held, QueuedWrite incoming) =>
        held is not null && held.Source == incoming.Source && held.Pending.Version >= incoming.Pending.Version && incoming.ReplayOf is null;
}
