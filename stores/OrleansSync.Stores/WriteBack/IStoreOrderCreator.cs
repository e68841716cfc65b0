using OrleansSync.Contracts.Context;

namespace OrleansSync.Stores.WriteBack;

/// <summary>
/// Creates a store order from a HubSpot deal, one implementation per platform. Throws <see cref="Connectors.StoreApiException"/>
/// for a failure worth retrying (unreachable, 5xx, 429); answers a refusal the store will repeat (4xx) as
/// <see cref="StoreOrderResult.Refused"/>.
/// </summary>
public interface IStoreOrderCreator
{
    StorePlatform Platform { get; }

    /// <summary>The store's order already made for this deal (created since <paramref name="since"/>), or null.</summary>
    Task<string?> FindAsync(StoreOptions store, string dealId, DateTimeOffset since, CancellationToken cancellationToken);

    Task<StoreOrderResult> CreateAsync(StoreOptions store, StoreOrderDraft draft, CancellationToken cancellationToken);
}
