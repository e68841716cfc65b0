namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Which delivery endpoint a path is meant for, read from the path alone, so refusals made before routing (wrong method,
/// content type, headers too large, unknown endpoint) are kept under the right platform and store.
/// </summary>
/// <param name="Platform">"woocommerce", "shopify", "bigcommerce", "magento", "commercetools", "hubspot", "generic", or the unknown platform segment as sent.</param>
/// <param name="Known">False for a path under a delivery prefix that no endpoint serves.</param>
public sealed record DeliveryRoute(string Platform, string StoreId, string? Topic, bool Known)
{
    public static DeliveryRoute? Of(string? path)
    {
        var segments = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["webhooks", .. var rest])
        {
            return rest switch
            {
                [var platform and ("woocommerce" or "shopify" or "bigcommerce" or "magento" or "commercetools"), var store] => new DeliveryRoute(platform, store, null, true),
                ["hubspot"] => new DeliveryRoute("hubspot", "", null, true),
                [var platform, var store, ..] => new DeliveryRoute(Bounded(platform), Bounded(store), null, false),
                [var platform] => new DeliveryRoute(Bounded(platform), "", null, false),
                _ => new DeliveryRoute("unknown", "", null, false),
            };
        }

        if (segments is ["api", "carts", .. var cart])
        {
            return cart switch
            {
                [var store, "leads"] => new DeliveryRoute("generic", store, "lead", true),
                [var store, "purchases"] => new DeliveryRoute("generic", store, "purchase", true),
                [var store, "carts"] => new DeliveryRoute("generic", store, "cart", true),
                [var store, ..] => new DeliveryRoute("generic", Bounded(store), null, false),
                _ => new DeliveryRoute("generic", "", null, false),
            };
        }

        return null;
    }

    /// <summary>True for the WooCommerce endpoint, whose creation ping is form-encoded.</summary>
    public bool AcceptsForm => Known && Platform == "woocommerce";

    /// <summary>True for the Magento endpoint, where Adobe I/O Events' registration sends a <c>GET ?challenge=</c>.</summary>
    public bool AcceptsChallenge => Known && Platform == "magento";

    /// <summary>True for the commercetools endpoint, where AWS SNS posts its JSON as <c>text/plain</c>.</summary>
    public bool AcceptsPlainText => Known && Platform == "commercetools";

    private static string Bounded(string segment) => segment.Length <= 100 ? segment : segment[..100];
}
