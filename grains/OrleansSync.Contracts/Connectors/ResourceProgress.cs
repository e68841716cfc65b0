namespace OrleansSync.Contracts.Connectors;

/// <summary>One resource of a store connector (customers, products, orders…).</summary>
/// <param name="Done">Records read and handed to the grains since the backfill began (delta polls add to it).</param>
/// <param name="Total">What the store reported for the backfill's query, when it tells.</param>
/// <param name="Rate">Records per second over this activation's reading of the resource.</param>
/// <param name="Eta">Time left for the backfill of this resource at that rate, when the total is known.</param>
/// <param name="Cursor">Where the next read starts: the modified-after watermark and the platform's page position.</param>
[GenerateSerializer]
[Alias("connector-resource-progress.v1")]
public sealed record ResourceProgress(
    string Resource,
    ConnectorState State,
    long Done,
    long? Total,
    double Rate,
    TimeSpan? Eta,
    string Cursor);
