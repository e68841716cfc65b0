using System.Globalization;
using OrleansSync.Workload.Storefronts;

namespace OrleansSync.Workload.Platforms.WooCommerce;

/// <summary>
/// The headers <c>WC_Webhook::deliver</c> sends. The delivery id is new on every delivery, a redelivery too: only the
/// body (id + <c>date_modified_gmt</c>) tells a repeat.
/// </summary>
internal static class WooCommerceDeliveries
{
    public static List<KeyValuePair<string, string>> Headers(Storefront store, string topic, byte[] body, int webhookId, Guid deliveryId) =>
    [
        new("X-WC-Webhook-Source", store.PlatformStoreId),
        new("X-WC-Webhook-Topic", topic),
        new("X-WC-Webhook-Resource", topic.Split('.')[0]),
        new("X-WC-Webhook-Event", topic.Split('.')[1]),
        new("X-WC-Webhook-ID", webhookId.ToString(CultureInfo.InvariantCulture)),
        new("X-WC-Webhook-Delivery-ID", deliveryId.ToString("N")),
        new("X-WC-Webhook-Signature", WebhookSignature.Sign(store.Secret, body)),
    ];

    /// <summary>The same delivery sent again with a fresh delivery id, as WooCommerce's retry does.</summary>
    public static List<KeyValuePair<string, string>> Redelivery(IReadOnlyList<KeyValuePair<string, string>> headers, Guid deliveryId) =>
        [.. headers.Select(h => h.Key == "X-WC-Webhook-Delivery-ID" ? new KeyValuePair<string, string>(h.Key, deliveryId.ToString("N")) : h)];
}
