namespace OrleansSync.Stores.BigCommerce;

/// <summary>The Standard Webhooks headers BigCommerce signs its callbacks with (platform-events.md §3.3).</summary>
public static class BigCommerceHeaders
{
    public const string Id = "webhook-id";
    public const string Timestamp = "webhook-timestamp";
    public const string Signature = "webhook-signature";
}
