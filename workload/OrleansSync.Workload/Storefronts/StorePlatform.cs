namespace OrleansSync.Workload.Storefronts;

/// <summary>The store platforms the workload speaks: each signs and shapes its webhooks its own way.</summary>
public enum StorePlatform
{
    WooCommerce,
    Shopify,
}
