namespace OrleansSync.Contracts.Connectors;

/// <summary>
/// The connector of one store with an API (key: the store id): a historical backfill, then delta polls, resource by
/// resource, handing each page's events to the same domain grains the webhooks feed. This is its operator-facing side.
/// </summary>
[Alias("orleanssync.store-connector")]
public interface IStoreConnectorGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the connector runs (its reminder is registered and it is reading unless paused). Idempotent.</summary>
    [Alias("start")]
    Task StartAsync();

    [Alias("progress")]
    Task<ConnectorProgress> GetProgressAsync();

    /// <summary>Starts (or restarts) a backfill of every resource from <paramref name="from"/> (null: from the beginning).</summary>
    [Alias("backfill")]
    Task BackfillAsync(DateTimeOffset? from);

    /// <summary>Stops reading after the page in progress; the cursor stays where it is.</summary>
    [Alias("pause")]
    Task PauseAsync();

    /// <summary>Reads again from the cursor it was paused at.</summary>
    [Alias("resume")]
    Task ResumeAsync();
}
