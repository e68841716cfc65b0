namespace OrleansSync.Grains.Connectors;

/// <summary>One resource's cursor and counts, advanced only after the page's events are durable in their grains.</summary>
public sealed class ResourceCursor
{
    public DateTimeOffset? ModifiedAfter { get; set; }

    public string? Position { get; set; }

    /// <summary>Records read since the backfill began.</summary>
    public long Done { get; set; }

    public long? Total { get; set; }

    /// <summary>The first pass (the backfill) reached the end; later passes are delta polls.</summary>
    public bool Backfilled { get; set; }

    /// <summary>This round reached the end of the resource; the next round starts at the next poll.</summary>
    public bool CaughtUp { get; set; }
}
