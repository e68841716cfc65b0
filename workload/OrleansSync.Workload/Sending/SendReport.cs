namespace OrleansSync.Workload.Sending;

/// <summary>The outcome of sending a workload: one <see cref="SentEvent"/> per delivery, by sequence.</summary>
public sealed record SendReport(IReadOnlyList<SentEvent> Events, TimeSpan Elapsed)
{
    public int Accepted => Events.Count(e => e.AcceptedAt is not null);

    /// <summary>Answered 4xx (not 408/429): the gateway refused them; never retried.</summary>
    public int Refused => Events.Count(e => e.AcceptedAt is null && e.Status is >= 400 and < 500 and not 408 and not 429);

    /// <summary>Every attempt failed (5xx, timeout, no connection): lost in transit.</summary>
    public int Undelivered => Events.Count(e => e.AcceptedAt is null) - Refused;

    /// <summary>Attempts beyond the first, summed.</summary>
    public int Retries => Events.Sum(e => Math.Max(0, e.Attempts - 1));

    /// <summary>Accepted deliveries per second over the whole send.</summary>
    public double AcceptedPerSecond => Accepted / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
