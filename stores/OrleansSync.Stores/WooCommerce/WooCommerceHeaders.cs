namespace OrleansSync.Stores.WooCommerce;

/// <summary>Headers <c>WC_Webhook::deliver</c> sets (platform-events.md §1.2).</summary>
public static class WooCommerceHeaders
{
    public const string Signature = "X-WC-Webhook-Signature";
    public const string Topic = "X-WC-Webhook-Topic";
    public const string Resource = "X-WC-Webhook-Resource";
    public const string Event = "X-WC-Webhook-Event";
    public const string Source = "X-WC-Webhook-Source";
    public const string WebhookId = "X-WC-Webhook-ID";
    public const string DeliveryId = "X-WC-Webhook-Delivery-ID";
}
