using System.Text.Json;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Magento;

/// <summary>
/// Magento records → canonical events, the same whether an Adobe I/O event carried the record or the connector's poll
/// read it. An order save says only "changed": the order is classified by its state and the order grain decides
/// whether that is a transition.
/// </summary>
public static class MagentoMapper
{
    public static IReadOnlyList<ICanonicalEvent> Order(JsonElement order, bool placed, RecordMappingContext context)
    {
        var store = StoreContexts.Of(context.Store, null, null, order.Str("order_currency_code"));
        var snapshot = MagentoOrders.Snapshot(order, store);
        var source = new SourceStamp(snapshot.PlatformOrderId, null, snapshot.UpdatedAt, context.DeliveryKey, context.ReceivedAt);
        if (placed)
        {
            return [new OrderPlaced(store, source, snapshot)];
        }

        return [OrderStatusEvents.Of(store, source, snapshot)];
    }

    /// <summary>A customer is "created" while it was never modified after its creation (or when the event says so).</summary>
    public static IReadOnlyList<ICanonicalEvent> Customer(JsonElement customer, bool? created, RecordMappingContext context)
    {
        var profile = MagentoCustomers.Profile(customer);
        var updated = MagentoOrders.Time(customer, "updated_at");
        var source = new SourceStamp(profile.PlatformCustomerId!, null, updated, context.DeliveryKey, context.ReceivedAt);
        var isNew = created ?? MagentoOrders.Time(customer, "created_at") == updated;
        return isNew
            ? [new CustomerCreated(StoreContexts.Of(context.Store), source, profile)]
            : [new CustomerUpdated(StoreContexts.Of(context.Store), source, profile)];
    }

    public static IReadOnlyList<ICanonicalEvent> CustomerDeleted(JsonElement customer, RecordMappingContext context)
    {
        var id = customer.RequiredId("id");
        return [new CustomerDeleted(StoreContexts.Of(context.Store), new SourceStamp(id, null, null, context.DeliveryKey, context.ReceivedAt), id, customer.Id("email"))];
    }

    public static IReadOnlyList<ICanonicalEvent> Product(JsonElement product, RecordMappingContext context)
    {
        var snapshot = MagentoProducts.Snapshot(product, context.Store.DefaultCurrency);
        var source = new SourceStamp(snapshot.PlatformProductId, null, snapshot.UpdatedAt, context.DeliveryKey, context.ReceivedAt);
        return [new ProductUpserted(StoreContexts.Of(context.Store), source, snapshot)];
    }

    public static IReadOnlyList<ICanonicalEvent> ProductDeleted(JsonElement product, RecordMappingContext context)
    {
        var id = product.Id("id") ?? product.RequiredId("entity_id");
        return [new ProductDeleted(StoreContexts.Of(context.Store), new SourceStamp(id, null, null, context.DeliveryKey, context.ReceivedAt), id, product.Id("sku"))];
    }

    public static IReadOnlyList<ICanonicalEvent> Cart(JsonElement quote, RecordMappingContext context)
    {
        var store = StoreContexts.Of(context.Store, null, null, MagentoCarts.CurrencyOf(quote));
        var cart = MagentoCarts.Snapshot(quote, store);

        // A quote turns inactive when it becomes an order: the order's own events carry the purchase.
        if (quote.Bool("is_active") == false || quote.Str("is_active") is "0")
        {
            return [];
        }

        return [new CartUpdated(store, new SourceStamp(cart.CartId, null, cart.UpdatedAt, context.DeliveryKey, context.ReceivedAt), cart)];
    }
}
