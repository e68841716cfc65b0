using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Connectors;

/// <summary>A store connector's progress, as the admin API shows it.</summary>
/// <param name="LastError">The last failure of the store's API while it is failing (or paused after failing).</param>
/// <param name="NextPollAt">When the next read is due: the next delta poll, or the next retry while failing.</param>
/// <param name="Rejected">Records read that could not be mapped or routed (kept in the connector's state).</param>
/// <param name="Silo">The silo the connector runs on.</param>
[GenerateSerializer]
[Alias("connector-progress.v1")]
public sealed record ConnectorProgress(
    string Store,
    StorePlatform Platform,
    ConnectorState State,
    IReadOnlyList<ResourceProgress> Resources,
    string? LastError,
    DateTimeOffset? NextPollAt,
    int Rejected,
    string Silo);
