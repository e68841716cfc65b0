using System.Net.Http.Headers;
using OrleansSync.Workload.Storefronts;

namespace OrleansSync.Workload.Deliveries;

/// <summary>
/// One webhook delivery as the store's platform sends it: topic, exact body bytes and headers (signature included).
/// A duplicate is a redelivery of an earlier event (same body; the same event id on Shopify); a reordered event was
/// moved after a later event of the stream. <see cref="OrderKey"/> names the order the event changes, if any.
/// </summary>
public sealed record StoreEvent(
    int Sequence,
    Storefront Store,
    EventKind Kind,
    string Topic,
    string EntityKey,
    string? OrderKey,
    string? Email,
    byte[] Body,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    bool IsDuplicate,
    bool IsReordered)
{
    /// <summary>The signed POST to the gateway at <paramref name="gateway"/>; build a new one per attempt.</summary>
    public HttpRequestMessage ToRequest(Uri gateway)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, Store.WebhookPath)) { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" };
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>The value of one of the event's headers, or null.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
