using System.Text.Json;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Shopify;

/// <summary>Shopify topic → canonical events. Each topic names its meaning, so one delivery is one event (products: one per variant).</summary>
public static class ShopifyMapper
{
    public static IReadOnlyList<ICanonicalEvent> Map(string topic, JsonElement body, RecordMappingContext context)
    {
        var store = context.Store;
        // The consent topic's body is {customer_id, email_address, email_marketing_consent}, the privacy topic's
        // {shop_id, shop_domain, customer: {id, email, phone}, orders_to_redact}: neither has a top-level "id".
        var id = topic switch
        {
            "customers_email_marketing_consent/update" => body.RequiredId("customer_id"),
            "customers/redact" => (body.Obj("customer") ?? throw new MappingException("Required object 'customer' is missing.")).RequiredId("id"),
            _ => body.RequiredId("id"),
        };
        var source = new SourceStamp(id, null, body.Time("updated_at"), context.DeliveryKey, context.ReceivedAt);
        switch (topic)
        {
            case "customers/create":
                return [new CustomerCreated(CustomerContext(body, context), source, ShopifyCustomers.Profile(body))];
            case "customers/update" or "customers/enable" or "customers/disable":
                return [new CustomerUpdated(CustomerContext(body, context), source, ShopifyCustomers.Profile(body))];
            case "customers/delete":
                return [new CustomerDeleted(StoreContexts.Of(store), source, source.SourceId, body.Id("email"))];
            case "customers/redact":
                return [new CustomerRedacted(StoreContexts.Of(store), source, id, body.Obj("customer")!.Value.Id("email"))];
            case "customers_email_marketing_consent/update":
                return [ShopifyCustomers.ConsentUpdate(body, StoreContexts.Of(store), source)];
            case "orders/delete":
                return [new OrderDeleted(StoreContexts.Of(store), source, source.SourceId)];
            case "refunds/create":
                return [ShopifyOrders.Refund(body, StoreContexts.Of(store), source)];
            case "checkouts/create" or "checkouts/update":
                var cartStore = StoreContexts.Of(store, body.Str("source_name"), body.Str("customer_locale"), body.Str("currency"));
                var cart = ShopifyCheckouts.Snapshot(body, cartStore);
                return topic == "checkouts/create" ? [new CheckoutStarted(cartStore, source, cart)] : [new CartUpdated(cartStore, source, cart)];
            case "products/create" or "products/update":
                return ShopifyProducts.Upserts(body, StoreContexts.Of(store), source, ShopifyHeaders.Get(context.Headers, ShopifyHeaders.ShopDomain));
            case "products/delete":
                return [new ProductDeleted(StoreContexts.Of(store), source, source.SourceId, null)];
            default:
                var orderStore = StoreContexts.Of(store, body.Str("source_name"), body.Str("customer_locale"), body.Str("currency"));
                var order = ShopifyOrders.Snapshot(body, orderStore);
                return topic switch
                {
                    "orders/create" => [new OrderPlaced(orderStore, source, order)],
                    "orders/paid" => [new OrderPaid(orderStore, source, order with { PaidAt = order.PaidAt ?? TriggeredAt(context) ?? order.UpdatedAt })],
                    "orders/fulfilled" or "orders/partially_fulfilled" => [new OrderFulfilled(orderStore, source, order)],
                    "orders/cancelled" => [new OrderCancelled(orderStore, source, order)],
                    _ => [new OrderUpdated(orderStore, source, order)],
                };
        }
    }

    private static StoreContext CustomerContext(JsonElement body, RecordMappingContext context) =>
        StoreContexts.Of(context.Store, null, body.Str("locale"), body.Str("currency"));

    private static DateTimeOffset? TriggeredAt(RecordMappingContext context) =>
        DateTimeOffset.TryParse(ShopifyHeaders.Get(context.Headers, ShopifyHeaders.TriggeredAt), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : null;
}
