using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Orders;

/// <summary>
/// A refund was made on an order, full or partial (<see cref="FullyRefunded"/>). <see cref="Order"/> is
/// null when the platform sends the refund alone (Shopify <c>refunds/create</c>).
/// </summary>
/// <param name="PlatformOrderId">The refunded order's id.</param>
/// <param name="Refund">The refund this event is about.</param>
/// <param name="FullyRefunded">True when the whole order is now refunded; null when the payload does not say.</param>
/// <param name="Order">The order after the refund, when the platform sent it.</param>
[GenerateSerializer]
[Alias("order.refunded.v1")]
public sealed record OrderRefunded(
    StoreContext Store,
    SourceStamp Source,
    string PlatformOrderId,
    OrderRefund Refund,
    bool? FullyRefunded,
    OrderSnapshot? Order) : ICanonicalEvent;
