namespace OrleansSync.Cluster.Tests.Workload;

/// <summary>One webhook delivery as Shopify would send it; a repeat carries the same <paramref name="EventId"/>.</summary>
/// <param name="Topic">X-Shopify-Topic, e.g. "orders/create".</param>
/// <param name="EventId">X-Shopify-Event-Id, which the gateway deduplicates on.</param>
/// <param name="Body">The exact JSON bytes that are signed and sent.</param>
public sealed record ShopifyDelivery(string Topic, string EventId, byte[] Body)
{
    /// <summary>The gateway's delivery key for it (the prefix of its rows' keys in the delivery queue).</summary>
    public string DeliveryKey => $"shopify:{Grid.ShopifyStore.Id}:event:{EventId}";
}
