using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.Webhooks;

namespace OrleansSync.Stores.WooCommerce;

/// <summary>WooCommerce REST API webhooks (core <c>WC_Webhook</c>): topics, ping, signature, keys.</summary>
public sealed partial class WooCommerceWebhooks : IWebhookPlatform
{
    private static readonly HashSet<string> Topics = new(StringComparer.Ordinal)
    {
        "customer.created", "customer.updated", "customer.deleted",
        "order.created", "order.updated", "order.deleted", "order.restored",
        "product.created", "product.updated", "product.deleted", "product.restored",
    };

    public StorePlatform Platform => StorePlatform.WooCommerce;

    public string Name => "woocommerce";

    public string SignatureHeader => WooCommerceHeaders.Signature;

    /// <summary>The ping sent when a webhook is saved: form body <c>webhook_id=N</c>, no signature, needs a 200.</summary>
    public bool IsHandshake(HttpRequest request, ReadOnlySpan<byte> body) =>
        !request.Headers.ContainsKey(WooCommerceHeaders.Signature) && body.Length < 64 && PingBody().IsMatch(Encoding.ASCII.GetString(body));

    public string? SignatureOf(HttpRequest request) => request.Headers[WooCommerceHeaders.Signature].FirstOrDefault();

    public string? TopicOf(HttpRequest request) => request.Headers[WooCommerceHeaders.Topic].FirstOrDefault();

    public bool IsKnownTopic(string topic) => Topics.Contains(topic);

    /// <summary>
    /// <c>(store, topic, id, date_modified_gmt)</c>, as platform-events.md §6 advises: the delivery id is new on
    /// every delivery, so it cannot recognise the same change delivered twice. Deletes carry no
    /// modification time and fall back to the delivery id, then to a hash of the body.
    /// </summary>
    public string? DeliveryKeyOf(HttpRequest request, StoreOptions store, string topic, JsonElement body)
    {
        var id = Scalar(body, "id");
        var modified = Scalar(body, "date_modified_gmt");
        if (id is not null && !string.IsNullOrWhiteSpace(modified))
        {
            return $"woocommerce:{store.Id}:{topic}:{id}:{modified}";
        }

        if (request.Headers[WooCommerceHeaders.DeliveryId].FirstOrDefault() is { Length: > 0 } deliveryId)
        {
            return $"woocommerce:{store.Id}:delivery:{deliveryId}";
        }

        return $"woocommerce:{store.Id}:{topic}:sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body.GetRawText())))}";
    }

    public string? StoreMismatch(HttpRequest request, StoreOptions store)
    {
        if (string.IsNullOrWhiteSpace(store.PlatformStoreId))
        {
            return null;
        }

        var source = request.Headers[WooCommerceHeaders.Source].FirstOrDefault();
        return string.Equals(source?.TrimEnd('/'), store.PlatformStoreId.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{WooCommerceHeaders.Source} '{source}' is not the source configured for store '{store.Id}'.";
    }

    public IReadOnlyList<ICanonicalEvent> Map(string topic, JsonElement body, RecordMappingContext context) =>
        WooCommerceMapper.Map(topic, body, context);

    // The key must not fail on a malformed record: the mapping step quarantines it with the reason.
    private static string? Scalar(JsonElement body, string name)
    {
        try
        {
            return body.Id(name);
        }
        catch (MappingException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^webhook_id=\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex PingBody();
}
