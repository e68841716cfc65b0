namespace OrleansSync.Grains.Dispatch;

/// <summary>
/// The records of a portal HubSpot failed while answering its other calls: how often, and when each may be tried again.
/// A suspect travels alone, so it never fails a batch of healthy records again. A newer version of the record starts
/// afresh (its payload changed); success or a dead letter forgets it.
/// </summary>
public sealed class SuspectRecords
{
    private readonly Dictionary<string, Suspect> _byKey = new(StringComparer.Ordinal);

    public int Count => _byKey.Count;

    public bool Contains(string objectKey) => _byKey.ContainsKey(objectKey);

    /// <summary>True unless the record waits out its backoff.</summary>
    public bool IsDue(QueuedWrite write, DateTimeOffset now) =>
        Find(write.ObjectKey, write.Pending.Version) is not { } suspect || suspect.NotBefore <= now;

    /// <summary>Whether this version of the record failed before (it is then sent alone).</summary>
    public bool IsSuspect(DrainItem item) => Find(item.ObjectKey, item.Queued.Pending.Version) is not null;

    /// <summary>Failed attempts of this version so far.</summary>
    public int AttemptsOf(DrainItem item) => Find(item.ObjectKey, item.Queued.Pending.Version)?.Attempts ?? 0;

    /// <summary>Counts a failed attempt and schedules the next one: <paramref name="delay"/> doubled per earlier attempt, at most <paramref name="maxDelay"/>.</summary>
    /// <returns>The attempts of this version so far.</returns>
    public int Fail(DrainItem item, DateTimeOffset now, TimeSpan delay, TimeSpan maxDelay)
    {
        var attempts = AttemptsOf(item) + 1;
        var wait = TimeSpan.FromTicks((long)Math.Min(maxDelay.Ticks, delay.Ticks * Math.Pow(2, attempts - 1)));
        _byKey[item.ObjectKey] = new Suspect(item.Queued.Pending.Version, attempts, now + wait);
        return attempts;
    }

    public void Forget(string objectKey) => _byKey.Remove(objectKey);

    private Suspect? Find(string objectKey, long version) =>
        _byKey.TryGetValue(objectKey, out var suspect) && suspect.Version == version ? suspect : null;

    private sealed record Suspect(long Version, int Attempts, DateTimeOffset NotBefore);
}
