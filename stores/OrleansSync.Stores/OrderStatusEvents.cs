using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Orders;

namespace OrleansSync.Stores;

/// <summary>
/// The canonical event of an order seen in a status (for platforms that tell a status, not a transition): the order
/// grain keeps the last status and decides whether it is one.
/// </summary>
public static class OrderStatusEvents
{
    public static ICanonicalEvent Of(StoreContext store, SourceStamp source, OrderSnapshot order) => order.Status switch
    {
        OrderStatus.Paid => new OrderPaid(store, source, order),
        OrderStatus.Fulfilled => new OrderFulfilled(store, source, order),
        OrderStatus.Cancelled => new OrderCancelled(store, source, order),
        _ => new OrderUpdated(store, source, order),
    };
}
