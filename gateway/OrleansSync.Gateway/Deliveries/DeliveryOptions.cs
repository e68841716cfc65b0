using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>How deliveries travel from the durable queue to their grains (section "Deliveries"). Checked at start.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Deliveries";

    /// <summary>How long a delivered message's deduplication key keeps refusing repeats before it is pruned. Default 7 days.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often pending deliveries that are due (failed earlier, or left by a crashed gateway) are claimed and handed over. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a gateway holds the rows it appended or claimed; no other gateway hands them over meanwhile, and after it
    /// any gateway's sweep may. Must exceed <see cref="HandOffTimeout"/>. Default 30 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the gateway waits for one grain's acknowledgement before it counts the hand-over as failed (the grain
    /// drops the envelopes if the call did reach it). Default 10 s; Orleans' own response timeout usually ends the call first.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan HandOffTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Grains handed over to at once. Default 32.</summary>
    [Range(1, 1_024)]
    public int MaxConcurrentGrains { get; set; } = 32;

    /// <summary>Rows handed over per batch (appended ones as they come, or claimed by one sweep). Default 1,000.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>Wait before the first retry of a failed hand-over; doubled per attempt up to <see cref="MaxRetryDelay"/>. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MinRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between retries. A delivery is retried until its grain acknowledges it, never dropped. Default 1 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often delivered rows older than <see cref="DeduplicationWindow"/> are deleted. Default 10 min.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Most deliveries written in one group commit (concurrent appends share one transaction). Default 2,000.</summary>
    [Range(1, 100_000)]
    public int MaxAppendsPerCommit { get; set; } = 2_000;

    /// <summary>Wait before the next attempt after <paramref name="failedAttempts"/> failures (1 = the first failure).</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var doublings = Math.Clamp(failedAttempts - 1, 0, 30);
        var delay = MinRetryDelay.Ticks * Math.Pow(2, doublings);
        return delay >= MaxRetryDelay.Ticks ? MaxRetryDelay : TimeSpan.FromTicks((long)delay);
    }
}
