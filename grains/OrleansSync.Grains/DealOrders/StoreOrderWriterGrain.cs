using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.DealOrders;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Products;
using OrleansSync.Contracts.Routing;
using OrleansSync.HubSpot;
using OrleansSync.Stores;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Grains.DealOrders;

/// <summary>
/// Reads a HubSpot deal and creates its store order through the platform's <see cref="IStoreOrderCreator"/>. Keeps no
/// state: the deal-order grain's outbox holds each <see cref="CreateStoreOrder"/> until this grain's delivery returns, so a
/// failure (store or HubSpot down, 5xx) throws back and is retried with the outbox's backoff. An order already made for the
/// deal (an earlier attempt whose answer was lost) is found in the store instead of made twice. The new order's grain is told
/// its deal before anyone else can hear of the order; then the deal-order grain is answered.
/// </summary>
[GrainType(GrainTypes.StoreOrderWriter)]
public sealed partial class StoreOrderWriterGrain(
    StoreCatalog stores,
    IEnumerable<IStoreOrderCreator> creators,
    TimeProvider time,
    ILogger<StoreOrderWriterGrain> logger) : Grain, IMessageGrain
{
    /// <summary>How long a deal without line items is read again (a person may add them just after creating it).</summary>
    private static readonly TimeSpan LinesGrace = TimeSpan.FromMinutes(10);

    /// <summary>Clock skew allowed between us and the store when looking for an order made since the request.</summary>
    private static readonly TimeSpan LookupSkew = TimeSpan.FromMinutes(5);

    public async Task DeliverAsync(GrainIdentity target, IReadOnlyList<GrainEnvelope> envelopes)
    {
        if (envelopes.Select(e => e.Message).OfType<CreateStoreOrder>().LastOrDefault() is not { } request)
        {
            return;
        }

        var answer = await CreateAsync(target, request);
        var dealOrder = GrainKeys.DealOrder(request.PortalId, request.DealId);
        // Named by request and outcome: a repeat of this answer is dropped, a replayed dead letter's new answer is not.
        var outcome = answer is StoreOrderCreated created ? $"created/{created.StoreId}/{created.PlatformOrderId}" : "not-created";
        await GrainFactory.Get(dealOrder).DeliverAsync(dealOrder, [new GrainEnvelope($"{target}#{request.Request}/{outcome}", answer)]);
    }

    private async Task<object> CreateAsync(GrainIdentity target, CreateStoreOrder request)
    {
        var client = ServiceProvider.GetRequiredService<HubSpotClients>().For(request.PortalId);
        if (await HubSpotDealReader.ReadAsync(client, request.DealId, CancellationToken.None) is not { } deal)
        {
            return new StoreOrderNotCreated("The deal is no longer in HubSpot.", false);
        }

        if (deal.OrderKey is { } orderKey)
        {
            // Already a store order's deal: one OrleansSync wrote, or this deal's order (made by an attempt whose answer was lost) synced onto it.
            var slash = orderKey.IndexOf('/', StringComparison.Ordinal);
            return slash > 0
                ? new StoreOrderCreated(orderKey[..slash], orderKey[(slash + 1)..])
                : new StoreOrderNotCreated($"The deal carries the order key '{orderKey}' of OrleansSync.", false);
        }

        if (stores.Stores.FirstOrDefault(s => s.PortalId == request.PortalId && s.DealOrders?.Matches(deal.Pipeline, deal.Stage) == true) is not { } store)
        {
            return new StoreOrderNotCreated($"Pipeline '{deal.Pipeline}' stage '{deal.Stage}' makes no store order.", false);
        }

        if (creators.FirstOrDefault(c => c.Platform == store.Platform) is not { } creator)
        {
            return await RefuseAsync(target, request, store.Id, $"Store '{store.Id}' ({store.Platform}) cannot create orders.");
        }

        if (await creator.FindAsync(store, request.DealId, request.RequestedAt - LookupSkew, CancellationToken.None) is { } existing)
        {
            return await LinkAsync(request, store.Id, existing);
        }

        if (deal.Lines.Count == 0)
        {
            return time.GetUtcNow() - request.RequestedAt < LinesGrace
                ? throw new InvalidOperationException($"HubSpot deal {request.DealId} has no line items yet; read again later.")
                : new StoreOrderNotCreated("The deal has no line items.", false);
        }

        var draft = new StoreOrderDraft(request.DealId, store.DealOrders!.Status, deal.Currency ?? store.DefaultCurrency, deal.Email, deal.FirstName, deal.LastName, null,
            [.. await Task.WhenAll(deal.Lines.Select(line => LineAsync(request.PortalId, store.Id, line)))]);
        var result = await creator.CreateAsync(store, draft, CancellationToken.None);
        return result.PlatformOrderId is { } orderId
            ? await LinkAsync(request, store.Id, orderId)
            : await RefuseAsync(target, request, store.Id, result.Refusal ?? "refused");
    }

    private async Task<StoreOrderLine> LineAsync(string portalId, string storeId, HubSpotDealLine line)
    {
        var productId = line.Sku is { Length: > 0 } sku
            ? await GrainFactory.GetGrain<IProductGrain>(GrainKeys.Product(portalId, sku).ToGrainId()).PlatformProductIdAsync(storeId)
            : null;
        return new StoreOrderLine(line.Name, line.Quantity, line.UnitPrice, line.Sku, productId);
    }

    /// <summary>Tells the order's grain its deal first, so the order's own webhook or poll, whenever it comes, updates that deal.</summary>
    private async Task<object> LinkAsync(CreateStoreOrder request, string storeId, string orderId)
    {
        var order = GrainKeys.Order(storeId, orderId);
        await GrainFactory.Get(order).DeliverAsync(order, [new GrainEnvelope($"deal-link:{request.PortalId}/{request.DealId}", new OrderDealLinked(request.PortalId, request.DealId))]);
        LogCreated(logger, request.DealId, storeId, orderId);
        return new StoreOrderCreated(storeId, orderId);
    }

    private async Task<object> RefuseAsync(GrainIdentity target, CreateStoreOrder request, string storeId, string refusal)
    {
        LogRefused(logger, request.DealId, storeId, refusal);
        if (ServiceProvider.GetService<IDeadLetterStore>() is { } deadLetters)
        {
            await deadLetters.AddAsync(
                [new NewDeadLetter(DeadLetterKind.Message, target, request.PortalId, MessageTypes.NameOf(typeof(CreateStoreOrder)), MessageTypes.Serialize(request), refusal, 1)],
                CancellationToken.None);
        }

        return new StoreOrderNotCreated(refusal, true);
    }

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Created order {PlatformOrderId} of store {StoreId} for HubSpot deal {DealId}")]
    private static partial void LogCreated(ILogger logger, string dealId, string storeId, string platformOrderId);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Store {StoreId} refused the order for HubSpot deal {DealId} for good (dead-lettered): {Refusal}")]
    private static partial void LogRefused(ILogger logger, string dealId, string storeId, string refusal);
}
