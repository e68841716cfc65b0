using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.WooCommerce;

/// <summary>
/// WooCommerce topic → canonical events. WooCommerce has no paid, fulfilled or cancelled topics: an
/// <c>order.updated</c> is classified by its current <c>status</c>, and the order grain (which keeps
/// the last status) decides whether it is a transition. Partial refunds keep the order's status, so
/// every entry of <c>refunds[]</c> also produces an <see cref="OrderRefunded"/> (the grain dedupes on refund id).
/// </summary>
public static class WooCommerceMapper
{
    public static IReadOnlyList<ICanonicalEvent> Map(string topic, JsonElement body, RecordMappingContext context)
    {
        var store = context.Store;
        var id = body.RequiredId("id");
        var source = new SourceStamp(id, null, body.Time("date_modified_gmt"), context.DeliveryKey, context.ReceivedAt);
        switch (topic)
        {
            case "customer.created":
                return [new CustomerCreated(StoreContexts.Of(store), source, WooCommerceCustomers.Profile(body))];
            case "customer.updated":
                return [new CustomerUpdated(StoreContexts.Of(store), source, WooCommerceCustomers.Profile(body))];
            case "customer.deleted":
                return [new CustomerDeleted(StoreContexts.Of(store), source, id, body.Id("email"))];
            case "order.deleted":
                return [new OrderDeleted(StoreContexts.Of(store), source, id)];
            case "product.created" or "product.updated" or "product.restored":
                var product = WooCommerceProducts.Snapshot(body, store.DefaultCurrency);
                return [new ProductUpserted(StoreContexts.Of(store), source, product)];
            case "product.deleted":
                return [new ProductDeleted(StoreContexts.Of(store), source, id, body.Id("sku"))];
            default:
                return Order(topic, body, StoreContexts.Of(store, body.Str("created_via"), null, body.Str("currency")), source);
        }
    }

    private static IReadOnlyList<ICanonicalEvent> Order(string topic, JsonElement body, StoreContext store, SourceStamp source)
    {
        if (body.Str("status") == "checkout-draft")
        {
            // Block checkout drafts: order.created is not fired for them, order.updated is (platform-events.md §1.8).
            return [new Contracts.Carts.CheckoutStarted(store, source, WooCommerceOrders.DraftCart(body, store))];
        }

        var order = WooCommerceOrders.Snapshot(body, store);
        var events = new List<ICanonicalEvent>();
        if (topic == "order.created")
        {
            events.Add(new OrderPlaced(store, source, order));
        }
        else if (order.Status != OrderStatus.Refunded)
        {
            events.Add(OrderStatusEvents.Of(store, source, order));
        }

        var fullyRefunded = order.Status == OrderStatus.Refunded;
        foreach (var refund in order.Refunds)
        {
            events.Add(new OrderRefunded(store, source with { SourceId = $"{order.PlatformOrderId}/refund/{refund.RefundId}" }, order.PlatformOrderId, refund, fullyRefunded, order));
        }

        if (events.Count == 0)
        {
            // A "refunded" status without refund entries (a plugin's doing): keep the status change.
            events.Add(new OrderUpdated(store, source, order));
        }

        return events;
    }
}
