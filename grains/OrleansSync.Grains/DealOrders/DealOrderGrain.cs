using Microsoft.Extensions.Logging;
using OrleansSync.Contracts.DealOrders;
using OrleansSync.Contracts.HubSpotChanges;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Messaging;
using OrleansSync.Stores;

namespace OrleansSync.Grains.DealOrders;

/// <summary>
/// One HubSpot deal that may become a store order. A person's <c>deal.creation</c> (or a move into another pipeline or
/// stage) asks the store order writer, through this grain's outbox, to create the order; this grain holds the request until
/// the writer answers, so redelivered webhooks and retries never ask twice, and an order once made is never made again.
/// Our own deal writes (the order's sync) are ignored.
/// </summary>
[GrainType(GrainTypes.DealOrder)]
public sealed partial class DealOrderGrain(
    [PersistentState(GrainTypes.DealOrder)] IPersistentState<GrainRecord<DealOrderState>> storage,
    StoreCatalog stores,
    TimeProvider time,
    ILogger<DealOrderGrain> logger)
    : SyncGrain<DealOrderState>(storage), IHandle<DealChanged>, IHandle<StoreOrderCreated>, IHandle<StoreOrderNotCreated>
{
    public ValueTask HandleAsync(DealChanged message, CancellationToken cancellationToken)
    {
        if (message.Origin.ByThisApp || State.PlatformOrderId is not null || State.InFlight || State.Refused)
        {
            return ValueTask.CompletedTask;
        }

        if (!stores.Stores.Any(s => s.PortalId == message.PortalId && s.DealOrders is not null))
        {
            return ValueTask.CompletedTask;
        }

        State.InFlight = true;
        // Wall-clock time, not the sync clock: the writer compares it with the store's order times.
        State.RequestedAt ??= time.GetUtcNow();
        State.Requests++;
        Context.Send(GrainKeys.StoreOrderWriter(message.PortalId, message.DealId), new CreateStoreOrder(message.PortalId, message.DealId, State.RequestedAt.Value, State.Requests));
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(StoreOrderCreated message, CancellationToken cancellationToken)
    {
        State.InFlight = false;
        State.Refused = false;
        State.StoreId = message.StoreId;
        State.PlatformOrderId = message.PlatformOrderId;
        State.LastOutcome = null;
        LogCreated(logger, Id.Key, message.StoreId, message.PlatformOrderId);
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(StoreOrderNotCreated message, CancellationToken cancellationToken)
    {
        State.InFlight = false;
        State.Refused |= message.Refused;
        State.LastOutcome = message.Reason;
        LogNotCreated(logger, Id.Key, message.Reason);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "HubSpot deal {DealKey} is order {PlatformOrderId} of store {StoreId}")]
    private static partial void LogCreated(ILogger logger, string dealKey, string storeId, string platformOrderId);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Debug, Message = "HubSpot deal {DealKey} made no store order: {Reason}")]
    private static partial void LogNotCreated(ILogger logger, string dealKey, string reason);
}
