
namespace OrleansSync.Contracts.Routing;

/// <summary>Builds the identity of each domain grain (see <see cref="GrainTypes"/> for the key formats).</summary>
public static class GrainKeys
{
    public static GrainIdentity Customer(string portalId, string email) =>
        new(GrainTypes.Customer, $"{portalId}/{EmailNormalizer.Normalize(email) ?? throw new ArgumentException("A customer grain needs an email.", nameof(email))}");

    public static GrainIdentity CustomerByPlatformId(string portalId, string storeId, string platformCustomerId) =>
        new(GrainTypes.CustomerAlias, $"{portalId}/{storeId}/{platformCustomerId.Trim()}");

    public static GrainIdentity CustomerByUtk(string portalId, string hubSpotUtk) =>
        new(GrainTypes.CustomerAlias, $"{portalId}/utk/{hubSpotUtk.Trim()}");

    /// <summary>The alias of a HubSpot contact id, linked by the customer grain that wrote the contact.</summary>
    public static GrainIdentity CustomerByHubSpotId(string portalId, string contactId) =>
        new(GrainTypes.CustomerAlias, $"{portalId}/hubspot/{contactId.Trim()}");

    /// <summary>The grain that writes HubSpot's changes back to one store customer.</summary>
    public static GrainIdentity StoreCustomer(string storeId, string platformCustomerId) =>
        new(GrainTypes.StoreCustomer, $"{storeId}/{platformCustomerId.Trim()}");

    /// <summary>The grain that turns a deal created in HubSpot into a store order, once.</summary>
    public static GrainIdentity DealOrder(string portalId, string dealId) =>
        new(GrainTypes.DealOrder, $"{portalId}/{dealId.Trim()}");

    /// <summary>The grain that reads the deal and creates its store order for <see cref="DealOrder"/>.</summary>
    public static GrainIdentity StoreOrderWriter(string portalId, string dealId) =>
        new(GrainTypes.StoreOrderWriter, $"{portalId}/{dealId.Trim()}");

    public static GrainIdentity Order(string storeId, string platformOrderId) =>
        new(GrainTypes.Order, $"{storeId}/{platformOrderId.Trim()}");

    public static GrainIdentity Cart(string storeId, string cartId) =>
        new(GrainTypes.Cart, $"{storeId}/{cartId.Trim()}");

    public static GrainIdentity Product(string portalId, string sku) =>
        new(GrainTypes.Product, $"{portalId}/{sku.Trim()}");

    public static GrainIdentity ProductByPlatformId(string portalId, string storeId, string platformProductId) =>
        new(GrainTypes.ProductAlias, $"{portalId}/{storeId}/{platformProductId.Trim()}");

    public static GrainIdentity StoreLedger(string storeId, DateOnly day) =>
        new(GrainTypes.StoreLedger, $"{storeId}/{day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}");
}
