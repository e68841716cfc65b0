using OrleansSync.Contracts.Context;

namespace OrleansSync.Stores.Connectors;

/// <summary>
/// One platform's REST API as a store connector reads it: pages of records changed after a cursor, already mapped
/// to the same canonical events that platform's webhooks produce (one mapping per platform). One implementation
/// per platform folder, registered in DI; the connector grain picks it by <see cref="Platform"/>.
/// </summary>
public interface IStoreApi
{
    StorePlatform Platform { get; }

    /// <summary>The resources this platform can backfill and poll, in the order a backfill should take them.</summary>
    IReadOnlyList<StoreResource> Resources { get; }

    /// <summary>
    /// The next page of <paramref name="resource"/> after <paramref name="cursor"/> (an empty cursor = from the beginning).
    /// Throws <see cref="StoreApiException"/> when the store refuses or fails (the connector backs off and retries the same cursor).
    /// </summary>
    Task<StorePage> ReadPageAsync(StoreOptions store, StoreResource resource, StoreCursor cursor, CancellationToken cancellationToken);
}
