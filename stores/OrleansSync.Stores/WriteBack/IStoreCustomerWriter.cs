using OrleansSync.Contracts.Context;

namespace OrleansSync.Stores.WriteBack;

/// <summary>
/// The write-back port: puts changes made in HubSpot onto a store's customer, one implementation per platform. Throws
/// <see cref="Connectors.StoreApiException"/> for a failure worth retrying (unreachable, 5xx, 429); answers a refusal the
/// store will repeat (4xx) as <see cref="StoreWriteResult.Refused"/>.
/// </summary>
public interface IStoreCustomerWriter
{
    StorePlatform Platform { get; }

    Task<StoreWriteResult> WriteAsync(StoreOptions store, StoreCustomerChange change, CancellationToken cancellationToken);
}
