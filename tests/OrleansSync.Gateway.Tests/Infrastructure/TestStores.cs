namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>The stores every test gateway is configured with.</summary>
public static class TestStores
{
    public const string AdminToken = "admin-token-for-tests-0123456789abcdef";

    public const string Woo = "woo-shop";
    public const string WooSecret = "woo-secret-'quoted'&more";

    public const string Shopify = "shopify-shop";
    public const string ShopifySecret = "shpss_test_app_client_secret";
    public const string ShopifyPreviousSecret = "shpss_previous_client_secret";
    public const string ShopDomain = "orleanssync-test.myshopify.com";

    public const string Generic = "legacy-cart";
    public const string GenericSecret = "generic-cart-signing-secret";

    public const string PortalA = "1001";
    public const string PortalB = "2002";

    public const int MaxBodyBytes = 64 * 1024;

    public static Dictionary<string, string?> Settings() => new()
    {
        ["Gateway:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gateway:Admin:Token"] = AdminToken,
        ["Gateway:Stores:0:Id"] = Woo,
        ["Gateway:Stores:0:Platform"] = "WooCommerce",
        ["Gateway:Stores:0:Secret"] = WooSecret,
        ["Gateway:Stores:0:PortalId"] = PortalA,
        ["Gateway:Stores:0:DefaultCurrency"] = "USD",
        ["Gateway:Stores:1:Id"] = Shopify,
        ["Gateway:Stores:1:Platform"] = "Shopify",
        ["Gateway:Stores:1:Secret"] = ShopifySecret,
        ["Gateway:Stores:1:PreviousSecret"] = ShopifyPreviousSecret,
        ["Gateway:Stores:1:PlatformStoreId"] = ShopDomain,
        ["Gateway:Stores:1:PortalId"] = PortalA,
        ["Gateway:Stores:2:Id"] = Generic,
        ["Gateway:Stores:2:Platform"] = "Generic",
        ["Gateway:Stores:2:Secret"] = GenericSecret,
        ["Gateway:Stores:2:PortalId"] = PortalB,
        ["Gateway:Stores:2:DefaultCurrency"] = "EUR",
        ["Gateway:Stores:2:DefaultLocale"] = "de-DE",
    };
}
