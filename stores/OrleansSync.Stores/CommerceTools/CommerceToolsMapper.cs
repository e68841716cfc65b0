using System.Text.Json;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>
/// commercetools resources and Messages → canonical events. A message that carries its resource (OrderCreated,
/// CustomerCreated) is mapped from it; a message that only says what changed (OrderPaymentStateChanged,
/// CustomerEmailChanged, …) is mapped from the resource read back, exactly as the polled resource would be.
/// </summary>
public static class CommerceToolsMapper
{
    private static readonly HashSet<string> OrderChanges = new(StringComparer.Ordinal)
    {
        "OrderStateChanged", "OrderPaymentStateChanged", "OrderShipmentStateChanged", "OrderStateTransition", "ReturnInfoAdded", "ReturnInfoSet",
        "DeliveryAdded", "OrderReturnShipmentStateChanged", "OrderCustomerEmailSet", "OrderBillingAddressSet", "OrderEditApplied",
    };

    private static readonly HashSet<string> CustomerChanges = new(StringComparer.Ordinal)
    {
        "CustomerEmailChanged", "CustomerFirstNameSet", "CustomerLastNameSet", "CustomerAddressAdded", "CustomerAddressChanged",
        "CustomerAddressRemoved", "CustomerCompanyNameSet", "CustomerGroupSet", "CustomerEmailVerified",
    };

    private static readonly HashSet<string> ProductChanges = new(StringComparer.Ordinal)
    {
        "ProductCreated", "ProductPublished", "ProductUnpublished", "ProductPriceChanged", "ProductVariantAdded",
    };

    /// <summary>The resource collection to read back for a message of this type; null when the message is enough.</summary>
    public static string? ResourceToRead(string? messageType) => messageType switch
    {
        { } t when OrderChanges.Contains(t) => "orders",
        { } t when CustomerChanges.Contains(t) => "customers",
        { } t when ProductChanges.Contains(t) => "products",
        _ => null,
    };

    public static IReadOnlyList<ICanonicalEvent> Message(JsonElement message, JsonElement? resource, RecordMappingContext context)
    {
        var type = message.Str("type");
        var resourceId = message.Obj("resource")?.RequiredId("id") ?? throw new MappingException("Required object 'resource' is missing.");
        var deleted = new SourceStamp(resourceId, message.Str("resourceVersion"), message.Time("createdAt"), context.DeliveryKey, context.ReceivedAt);
        return type switch
        {
            "OrderCreated" or "OrderImported" => Order(message.Obj("order") ?? throw new MappingException("Required object 'order' is missing."), placed: true, context),
            "CustomerCreated" => Customer(message.Obj("customer") ?? throw new MappingException("Required object 'customer' is missing."), created: true, context),
            "OrderDeleted" => [new OrderDeleted(StoreContexts.Of(context.Store), deleted, resourceId)],
            "CustomerDeleted" => [new CustomerDeleted(StoreContexts.Of(context.Store), deleted, resourceId, message.Obj("customer")?.Id("email"))],
            "ProductDeleted" => [new ProductDeleted(StoreContexts.Of(context.Store), deleted, resourceId, null)],

            // Read back: a resource that is gone by now has its own deletion message.
            _ when resource is null => [],
            _ when ResourceToRead(type) == "orders" => Order(resource.Value, placed: false, context),
            _ when ResourceToRead(type) == "customers" => Customer(resource.Value, created: false, context),
            _ when ResourceToRead(type) == "products" => Product(resource.Value, context),
            _ => [],
        };
    }

    public static IReadOnlyList<ICanonicalEvent> Order(JsonElement order, bool placed, RecordMappingContext context)
    {
        var store = StoreContexts.Of(context.Store, order.Obj("store")?.Id("key"), order.Str("locale"), CommerceToolsOrders.CurrencyOf(order));
        var snapshot = CommerceToolsOrders.Snapshot(order, store);
        var source = new SourceStamp(snapshot.PlatformOrderId, order.Str("version"), snapshot.UpdatedAt, context.DeliveryKey, context.ReceivedAt);
        if (placed)
        {
            return [new OrderPlaced(store, source, snapshot)];
        }

        return [OrderStatusEvents.Of(store, source, snapshot)];
    }

    /// <summary>A polled customer is "created" while it is at its first version.</summary>
    public static IReadOnlyList<ICanonicalEvent> Customer(JsonElement customer, bool? created, RecordMappingContext context)
    {
        var profile = CommerceToolsCustomers.Profile(customer);
        var source = new SourceStamp(profile.PlatformCustomerId!, customer.Str("version"), customer.Time("lastModifiedAt"), context.DeliveryKey, context.ReceivedAt);
        return created ?? customer.Str("version") == "1"
            ? [new CustomerCreated(StoreContexts.Of(context.Store), source, profile)]
            : [new CustomerUpdated(StoreContexts.Of(context.Store), source, profile)];
    }

    public static IReadOnlyList<ICanonicalEvent> Product(JsonElement product, RecordMappingContext context) =>
        CommerceToolsProducts.Upserts(
            product, StoreContexts.Of(context.Store),
            new SourceStamp(product.RequiredId("id"), product.Str("version"), product.Time("lastModifiedAt"), context.DeliveryKey, context.ReceivedAt));

    /// <summary>Only active carts are carts to follow; merged, ordered and frozen ones are done.</summary>
    public static IReadOnlyList<ICanonicalEvent> Cart(JsonElement cart, RecordMappingContext context)
    {
        if (cart.Str("cartState") is { } state && state != "Active")
        {
            return [];
        }

        var store = StoreContexts.Of(context.Store, cart.Obj("store")?.Id("key"), cart.Str("locale"), CommerceToolsMoney.CurrencyOf(cart.Obj("totalPrice")));
        var snapshot = CommerceToolsCarts.Snapshot(cart, store);
        return [new CartUpdated(store, new SourceStamp(snapshot.CartId, cart.Str("version"), snapshot.UpdatedAt, context.DeliveryKey, context.ReceivedAt), snapshot)];
    }
}
