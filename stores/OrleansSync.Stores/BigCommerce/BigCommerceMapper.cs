using System.Text.Json;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>
/// A BigCommerce record read from the API → canonical events, the same whether a thin webhook made us read it (its
/// scope) or the connector's poll did (no scope). Status scopes carry no meaning of their own beyond "something
/// changed": the order is classified by its current status and the order grain decides whether that is a transition.
/// </summary>
public static class BigCommerceMapper
{
    public static IReadOnlyList<ICanonicalEvent> Order(string? scope, BigCommerceOrderRecord record, RecordMappingContext context)
    {
        var body = record.Order;
        var store = StoreContexts.Of(context.Store, body.Str("order_source"), body.Str("customer_locale"), body.Str("currency_code"));
        var order = BigCommerceOrders.Snapshot(record, store);
        var source = new SourceStamp(order.PlatformOrderId, null, order.UpdatedAt, context.DeliveryKey, context.ReceivedAt);
        var events = new List<ICanonicalEvent>();
        if (scope == "store/order/created")
        {
            events.Add(new OrderPlaced(store, source, order));
        }
        else if (order.Status != OrderStatus.Refunded || order.Refunds.Count == 0)
        {
            events.Add(OrderStatusEvents.Of(store, source, order));
        }

        // Every refund is its own event (the grain dedupes on refund id), so a partial refund is never lost behind a status.
        foreach (var refund in order.Refunds)
        {
            events.Add(new OrderRefunded(
                store, source with { SourceId = $"{order.PlatformOrderId}/refund/{refund.RefundId}" }, order.PlatformOrderId, refund,
                order.Status == OrderStatus.Refunded, order));
        }

        return events;
    }

    /// <summary>A polled customer is "created" while it was never modified after its creation.</summary>
    public static IReadOnlyList<ICanonicalEvent> Customer(string? scope, JsonElement customer, RecordMappingContext context)
    {
        var profile = BigCommerceCustomers.Profile(customer);
        var source = new SourceStamp(profile.PlatformCustomerId!, null, customer.Time("date_modified"), context.DeliveryKey, context.ReceivedAt);
        var created = scope is null ? customer.Time("date_created") == customer.Time("date_modified") : scope == "store/customer/created";
        return created
            ? [new CustomerCreated(StoreContexts.Of(context.Store), source, profile)]
            : [new CustomerUpdated(StoreContexts.Of(context.Store), source, profile)];
    }

    public static IReadOnlyList<ICanonicalEvent> Product(JsonElement product, RecordMappingContext context)
    {
        var source = new SourceStamp(product.RequiredId("id"), null, product.Time("date_modified"), context.DeliveryKey, context.ReceivedAt);
        return BigCommerceProducts.Upserts(product, StoreContexts.Of(context.Store), source);
    }

    public static IReadOnlyList<ICanonicalEvent> Cart(JsonElement cart, string? token, RecordMappingContext context)
    {
        var store = StoreContexts.Of(context.Store, null, cart.Str("locale"), cart.Obj("currency")?.Str("code"));
        var snapshot = BigCommerceCarts.Snapshot(cart, store, token);
        return [new CartUpdated(store, new SourceStamp(snapshot.CartId, null, snapshot.UpdatedAt, context.DeliveryKey, context.ReceivedAt), snapshot)];
    }
}
