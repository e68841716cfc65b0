using OrleansSync.Contracts.Context;

namespace OrleansSync.Stores.Connectors;

/// <summary>One page read from a store's API.</summary>
/// <param name="Events">The canonical events of the page's records, as the platform's webhooks would produce them.</param>
/// <param name="Records">How many records the page held (an unmappable record counts here and appears in <paramref name="Rejected"/>).</param>
/// <param name="Next">The cursor after this page.</param>
/// <param name="IsLast">True when the resource has nothing more after <paramref name="Next"/> for now (the backfill of it is done; delta polls continue from there).</param>
/// <param name="Total">The total the API reports for the whole query, when it tells one.</param>
/// <param name="Rejected">Records that could not be mapped, with the reason and raw payload; the connector keeps them and goes on.</param>
public sealed record StorePage(
    IReadOnlyList<ICanonicalEvent> Events,
    int Records,
    StoreCursor Next,
    bool IsLast,
    long? Total,
    IReadOnlyList<RejectedStoreRecord> Rejected);
