namespace OrleansSync.Workload.Sending;

/// <summary>How <see cref="WorkloadSender"/> sends.</summary>
public sealed record WorkloadSenderOptions
{
    /// <summary>Deliveries in flight at once. Default 32.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Deliveries started per second; 0 sends as fast as <see cref="Concurrency"/> allows. Default 0.</summary>
    public double EventsPerSecond { get; init; }

    /// <summary>Attempts per delivery before it counts as lost in transit (5xx, 408, 429, timeouts, refused connections). Default 30.</summary>
    public int MaxAttempts { get; init; } = 30;

    /// <summary>First pause before a retry; doubles per attempt up to 5 s. Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait for one answer. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
