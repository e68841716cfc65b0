using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Customers;
using OrleansSync.Grains.DealOrders;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Portals;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Orders;

/// <summary>
/// One platform order → one deal in the ecommerce pipeline, with one line item per order line. Older snapshots are ignored,
/// status flags never turn off, refunds adjust the deal, and the deal is written only once its contact has a HubSpot id.
/// </summary>
[GrainType(GrainTypes.Order)]
public sealed partial class OrderGrain([PersistentState(GrainTypes.Order)] IPersistentState<GrainRecord<OrderState>> storage, IOptions<SyncMappingOptions> options) : SyncGrain<OrderState>(storage), IOrderGrain,
    IHandle<OrderPlaced>, IHandle<OrderUpdated>, IHandle<OrderPaid>, IHandle<OrderFulfilled>, IHandle<OrderCancelled>,
    IHandle<OrderRefunded>, IHandle<OrderDeleted>, IHandle<ContactReady>, IHandle<HubSpotObjectSynced>, IHandle<OrderDealLinked>
{
    private readonly SyncMappingOptions _options = options.Value;

    // The billing details of the snapshot this turn applied, passed on to the customer once; never state.
    private BuyerDetails? _buyer;

    public ValueTask HandleAsync(OrderPlaced message, CancellationToken cancellationToken) => Snapshot(message.Store, message.Source, message.Order, null);

    public ValueTask HandleAsync(OrderUpdated message, CancellationToken cancellationToken) => Snapshot(message.Store, message.Source, message.Order, null);

    public ValueTask HandleAsync(OrderPaid message, CancellationToken cancellationToken) => Snapshot(message.Store, message.Source, message.Order, DealStage.Paid);

    public ValueTask HandleAsync(OrderFulfilled message, CancellationToken cancellationToken) => Snapshot(message.Store, message.Source, message.Order, DealStage.Fulfilled);

    public ValueTask HandleAsync(OrderCancelled message, CancellationToken cancellationToken) => Snapshot(message.Store, message.Source, message.Order, DealStage.Cancelled);

    public ValueTask HandleAsync(OrderRefunded message, CancellationToken cancellationToken)
    {
        Init(message.Store, message.PlatformOrderId);
        if (message.Order is { } order)
        {
            ApplySnapshot(message.Source, order, null);
        }

        Refund(message.Refund);
        if (message.FullyRefunded == true)
        {
            State.FullyRefunded = true;
        }

        Changed();
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(OrderDeleted message, CancellationToken cancellationToken)
    {
        // A deleted store order keeps its deal (revenue history); the deal shows it as cancelled.
        Init(message.Store, message.PlatformOrderId);
        State.Deleted = true;
        State.Cancelled = true;
        Changed();
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(ContactReady message, CancellationToken cancellationToken)
    {
        if (State.ContactHubSpotId == message.HubSpotId)
        {
            return ValueTask.CompletedTask;
        }

        State.ContactHubSpotId = message.HubSpotId;
        if (State.DealWritten)
        {
            AssociateContact();
        }
        else
        {
            WriteDeal();
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(HubSpotObjectSynced message, CancellationToken cancellationToken)
    {
        if (message.ObjectKey.StartsWith("deal:", StringComparison.Ordinal))
        {
            State.HubSpotId = message.HubSpotId;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(OrderDealLinked message, CancellationToken cancellationToken)
    {
        if (State.DealHubSpotId is null)
        {
            State.DealHubSpotId = message.DealId;
            State.PortalId ??= message.PortalId;
            WriteDeal();
        }

        return ValueTask.CompletedTask;
    }

    private ValueTask Snapshot(StoreContext store, SourceStamp source, OrderSnapshot order, DealStage? eventStage)
    {
        Init(store, order.PlatformOrderId);
        ApplySnapshot(source, order, eventStage);
        Changed();
        return ValueTask.CompletedTask;
    }

    private void Init(StoreContext store, string platformOrderId)
    {
        State.StoreId ??= store.StoreId;
        State.PortalId ??= store.PortalId;
        State.Platform = store.Platform;
        State.OrderKey ??= $"{store.StoreId}/{platformOrderId.Trim()}";
    }

    private void ApplySnapshot(SourceStamp source, OrderSnapshot order, DealStage? eventStage)
    {
        var at = order.UpdatedAt ?? source.UpdatedAt ?? source.ReceivedAt;
        if (State.SnapshotAt is null || at >= State.SnapshotAt)
        {
            State.SnapshotAt = at;
            State.Totals = order.Totals;
            State.Lines = [.. order.Lines];
            State.RawStatus = order.RawStatus ?? order.Status.ToString();
            State.OrderNumber = order.OrderNumber ?? State.OrderNumber;
            State.DiscountCodes = [.. order.DiscountCodes];
            State.FraudHold = order.RawStatus?.Contains("fraud", StringComparison.OrdinalIgnoreCase) == true;
        }

        State.Email ??= EmailNormalizer.Normalize(order.Customer.Email);
        State.DealHubSpotId ??= order.HubSpotDealId;
        _buyer = BuyerDetails.From(order.Customer);
        State.PlatformCustomerId ??= order.Customer.PlatformCustomerId;
        State.PlacedAt = Earliest(State.PlacedAt, order.CreatedAt);
        var stage = StatusStageDefaults.Lookup(State.Platform, order.RawStatus, _options.StatusStages) ?? StatusStageDefaults.FromCanonical(order.Status);
        OrderRules.ApplyStage(State, stage);
        if (eventStage is { } explicitStage)
        {
            OrderRules.ApplyStage(State, explicitStage);
        }

        if (order.PaidAt is not null || eventStage == DealStage.Paid)
        {
            State.Paid = true;
            State.PaidAt = Earliest(State.PaidAt, order.PaidAt ?? source.UpdatedAt ?? source.ReceivedAt);
        }

        if (order.CancelledAt is not null)
        {
            State.Cancelled = true;
        }

        foreach (var refund in order.Refunds)
        {
            Refund(refund);
        }
    }

    private void Refund(OrderRefund refund)
    {
        State.Refunds[refund.RefundId] = refund.Amount;
        if (State.Totals is { } totals && OrderRules.RefundedAmount(State) >= totals.Total && totals.Total > 0)
        {
            State.FullyRefunded = true;
        }
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
