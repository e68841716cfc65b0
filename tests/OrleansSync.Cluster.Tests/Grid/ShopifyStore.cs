namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>The one Shopify store every grid in these tests serves, syncing to the sandbox's default portal.</summary>
public static class ShopifyStore
{
    public const string Id = "shop";

    public const string Secret = "cluster-tests-shopify-secret";

    public const string Domain = "cluster-tests.myshopify.com";

    public const string PortalId = "1000001";

    /// <summary>The store's settings as the gateway reads them (element 0 of <c>Gateway:Stores</c>).</summary>
    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["Gateway__Stores__0__Id"] = Id,
        ["Gateway__Stores__0__Platform"] = "Shopify",
        ["Gateway__Stores__0__Secret"] = Secret,
        ["Gateway__Stores__0__PortalId"] = PortalId,
        ["Gateway__Stores__0__PlatformStoreId"] = Domain,
        ["Gateway__Stores__0__DefaultCurrency"] = "USD",
    };
}
