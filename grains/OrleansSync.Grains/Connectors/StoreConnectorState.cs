namespace OrleansSync.Grains.Connectors;

/// <summary>What a store connector stores (plain JSON, one row): a cursor per resource, pause and failure, rejected records.</summary>
public sealed class StoreConnectorState
{
    /// <summary>The connector was started once (a backfill from the beginning begins then).</summary>
    public bool Started { get; set; }

    public bool Paused { get; set; }

    /// <summary>Per resource name (<c>Customers</c>, <c>Orders</c>…), in the platform's backfill order.</summary>
    public Dictionary<string, ResourceCursor> Resources { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When the next delta round is due (null while a round is running).</summary>
    public DateTimeOffset? NextPollAt { get; set; }

    /// <summary>Consecutive failed reads; 0 when the last read succeeded.</summary>
    public int FailedAttempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>When the next retry is due while failing.</summary>
    public DateTimeOffset? RetryAt { get; set; }

    public int RejectedCount { get; set; }

    /// <summary>The most recent rejected records (bounded), with the reason; the payload stays in the store.</summary>
    public List<RejectedRecord> Rejected { get; set; } = [];
}
