using System.Diagnostics.CodeAnalysis;
using OrleansSync.Contracts.Behaviour;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.HubSpotChanges;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Products;

namespace OrleansSync.Contracts.Routing;

/// <summary>
/// Says which grain receives each canonical event or command. Customer data goes to the customer
/// grain by normalised email (to the alias grain when only an id or a hubspotutk is known); order
/// events to the order grain, which tells the customer grain; cart events to the cart grain;
/// products to the product grain by SKU; HubSpot's deal creations and stage changes to the deal-order grain of the deal.
/// </summary>
public static class GrainRouting
{
    /// <summary>The receiving grain, or false with the reason (the event is then quarantined, not dropped).</summary>
    public static bool TryRoute(object message, out GrainIdentity target, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(message);
        reason = null;
        GrainIdentity? route = message switch
        {
            EraseCustomer c => EmailNormalizer.Normalize(c.Email) is null ? null : GrainKeys.Customer(c.PortalId, c.Email),
            CustomerCreated e => Customer(e.Store, e.Customer.Email, e.Customer.PlatformCustomerId, e.Customer.HubSpotUtk),
            CustomerUpdated e => Customer(e.Store, e.Customer.Email, e.Customer.PlatformCustomerId, e.Customer.HubSpotUtk),
            CustomerDeleted e => Customer(e.Store, e.Email, e.PlatformCustomerId, null),
            CustomerRedacted e => Customer(e.Store, e.Email, e.PlatformCustomerId, null),
            LeadCaptured e => Customer(e.Store, e.Customer.Email, e.Customer.PlatformCustomerId, e.Visitor.HubSpotUtk ?? e.Customer.HubSpotUtk),
            OrderPlaced e => GrainKeys.Order(e.Store.StoreId, e.Order.PlatformOrderId),
            OrderUpdated e => GrainKeys.Order(e.Store.StoreId, e.Order.PlatformOrderId),
            OrderPaid e => GrainKeys.Order(e.Store.StoreId, e.Order.PlatformOrderId),
            OrderFulfilled e => GrainKeys.Order(e.Store.StoreId, e.Order.PlatformOrderId),
            OrderCancelled e => GrainKeys.Order(e.Store.StoreId, e.Order.PlatformOrderId),
            OrderRefunded e => GrainKeys.Order(e.Store.StoreId, e.PlatformOrderId),
            OrderDeleted e => GrainKeys.Order(e.Store.StoreId, e.PlatformOrderId),
            CheckoutStarted e => GrainKeys.Cart(e.Store.StoreId, e.Cart.CartId),
            CartUpdated e => GrainKeys.Cart(e.Store.StoreId, e.Cart.CartId),
            ProductUpserted e => Product(e.Store, e.Product.Sku, e.Product.PlatformProductId),
            ProductDeleted e => Product(e.Store, e.Sku, e.PlatformProductId),
            IHubSpotContactChange c => GrainKeys.CustomerByHubSpotId(c.PortalId, c.ContactId),
            DealChanged d => GrainKeys.DealOrder(d.PortalId, d.DealId),
            IBehaviourEvent e => Customer(e.Store, e.Shopper.Email, e.Shopper.PlatformCustomerId, e.Shopper.Visitor.HubSpotUtk),
            _ => null,
        };

        if (route is { } id)
        {
            target = id;
            return true;
        }

        target = default;
        reason = message switch
        {
            ICanonicalEvent or EraseCustomer => $"{message.GetType().Name} carries neither an email, a platform id nor a hubspotutk to route it by.",
            _ => $"{message.GetType().Name} is not a canonical event.",
        };
        return false;
    }

    /// <summary>The receiving grain; throws when the message cannot be routed.</summary>
    public static GrainIdentity Route(object message) =>
        TryRoute(message, out var target, out var reason) ? target : throw new ArgumentException(reason, nameof(message));

    private static GrainIdentity? Customer(StoreContext store, string? email, string? platformCustomerId, string? utk)
    {
        if (EmailNormalizer.Normalize(email) is not null)
        {
            return GrainKeys.Customer(store.PortalId, email!);
        }

        if (!string.IsNullOrWhiteSpace(platformCustomerId))
        {
            return GrainKeys.CustomerByPlatformId(store.PortalId, store.StoreId, platformCustomerId);
        }

        return string.IsNullOrWhiteSpace(utk) ? null : GrainKeys.CustomerByUtk(store.PortalId, utk);
    }

    private static GrainIdentity Product(StoreContext store, string? sku, string platformProductId) =>
        string.IsNullOrWhiteSpace(sku)
            ? GrainKeys.ProductByPlatformId(store.PortalId, store.StoreId, platformProductId)
            : GrainKeys.Product(store.PortalId, sku);
}
