namespace OrleansSync.Contracts.Routing;

/// <summary>
/// Grain type names of the domain grains, as they appear in <c>GrainId.Type</c> and in the inbox.
/// Never rename one: stored state, reminders and pending deliveries address grains by these names. Key formats are built by
/// <see cref="GrainKeys"/>.
/// </summary>
public static class GrainTypes
{
    /// <summary>One per person per HubSpot portal. Key: <c>{portalId}/{normalised email}</c>.</summary>
    public const string Customer = "customer";

    /// <summary>
    /// Resolves a customer known only by an alias (a platform customer id, a hubspotutk) to the
    /// customer grain that registered it. Key: <c>{portalId}/{storeId}/{platformCustomerId}</c>,
    /// <c>{portalId}/utk/{hubspotutk}</c> or <c>{portalId}/hubspot/{contactId}</c>.
    /// </summary>
    public const string CustomerAlias = "customer-alias";

    /// <summary>Writes changes made in HubSpot back to one store customer. Key: <c>{storeId}/{platformCustomerId}</c>.</summary>
    public const string StoreCustomer = "store-customer";

    /// <summary>
    /// One per deal created in HubSpot that may become a store order (see README "Two-way sync"). Key:
    /// <c>{portalId}/{dealId}</c>.
    /// </summary>
    public const string DealOrder = "deal-order";

    /// <summary>Reads a HubSpot deal and creates its store order. Key: <c>{portalId}/{dealId}</c>.</summary>
    public const string StoreOrderWriter = "store-order-writer";

    /// <summary>One per platform order. Key: <c>{storeId}/{platformOrderId}</c>.</summary>
    public const string Order = "order";

    /// <summary>One per cart or checkout. Key: <c>{storeId}/{cartId}</c>.</summary>
    public const string Cart = "cart";

    /// <summary>One per SKU per HubSpot portal (the product library). Key: <c>{portalId}/{sku}</c>.</summary>
    public const string Product = "product";

    /// <summary>
    /// Resolves a product known only by its platform id (deletes, products without SKU). Key:
    /// <c>{portalId}/{storeId}/{platformProductId}</c>.
    /// </summary>
    public const string ProductAlias = "product-alias";

    /// <summary>One store's paid orders of one day (UTC), the store side of the reconciliation. Key: <c>{storeId}/{yyyy-MM-dd}</c>.</summary>
    public const string StoreLedger = "store-ledger";
}
