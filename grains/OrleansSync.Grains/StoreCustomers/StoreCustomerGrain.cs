using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Stores;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Grains.StoreCustomers;

/// <summary>
/// Writes HubSpot's changes to one store customer through the platform's <see cref="IStoreCustomerWriter"/>. It keeps no
/// state: the customer grain's outbox holds each <see cref="WriteStoreCustomer"/> until this grain's delivery returns, so a
/// failed write (store down, 5xx) throws back and is retried with the outbox's backoff until the store acknowledges it.
/// </summary>
[GrainType(GrainTypes.StoreCustomer)]
public sealed partial class StoreCustomerGrain(StoreCatalog stores, IEnumerable<IStoreCustomerWriter> writers, ILogger<StoreCustomerGrain> logger) : Grain, IMessageGrain
{
    public async Task DeliverAsync(GrainIdentity target, IReadOnlyList<GrainEnvelope> envelopes)
    {
        // The last message holds the whole desired state; earlier ones are superseded.
        if (envelopes.Select(e => e.Message).OfType<WriteStoreCustomer>().LastOrDefault() is not { } write)
        {
            return;
        }

        if (stores.Find(write.StoreId) is not { } store || writers.FirstOrDefault(w => w.Platform == store.Platform) is not { } writer)
        {
            LogNoWriter(logger, write.StoreId);
            return;
        }

        var result = await writer.WriteAsync(store, Change(write), CancellationToken.None);
        if (result.Refusal is { } refusal)
        {
            LogRefused(logger, write.StoreId, refusal);
        }
        else
        {
            LogWritten(logger, write.StoreId, write.Fields.Count);
        }
    }

    private static StoreCustomerChange Change(WriteStoreCustomer write)
    {
        string? F(string name) => write.Fields.TryGetValue(name, out var value) ? value : null;
        return new StoreCustomerChange(write.PlatformCustomerId, F("email"), F("firstname"), F("lastname"), F("phone"), F("address"), F("city"), F("state"), F("zip"), F("country"));
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "No write-back for store {StoreId}: not configured, or its platform has no customer writer; HubSpot's change stays in HubSpot")]
    private static partial void LogNoWriter(ILogger logger, string storeId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Store {StoreId} refused a customer write-back for good: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string storeId, string refusal);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Wrote {Fields} shared fields back to a customer of store {StoreId}")]
    private static partial void LogWritten(ILogger logger, string storeId, int fields);
}
