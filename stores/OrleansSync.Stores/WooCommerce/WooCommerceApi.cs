using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.WooCommerce;

/// <summary>
/// The WooCommerce REST API v3 (<c>/wp-json/wc/v3/customers|products|orders</c>) as a connector reads it: consumer key and
/// secret (<see cref="StoreApiOptions.ClientId"/>/<see cref="StoreApiOptions.ClientSecret"/>) over HTTP Basic, records
/// modified after the window's start, <c>page</c>/<c>per_page</c> with <c>X-WP-Total</c>/<c>X-WP-TotalPages</c>.
/// </summary>
/// <remarks>
/// Pages are ordered by id, not by modification time: with <c>orderby=modified</c> a record changed during the pass jumps
/// to the end and every later record shifts back one place, so the record at a page boundary would be skipped. Records
/// changed during the pass are read by the next window, which starts when this pass began.
/// </remarks>
public sealed class WooCommerceApi(IHttpClientFactory clients, TimeProvider time) : IStoreApi
{
    public const string HttpClientName = "store-api-woocommerce";

    /// <summary>WooCommerce's documented maximum <c>per_page</c>.</summary>
    private const int MaxPageSize = 100;

    public StorePlatform Platform => StorePlatform.WooCommerce;

    public IReadOnlyList<StoreResource> Resources { get; } = [StoreResource.Customers, StoreResource.Products, StoreResource.Orders];

    public async Task<StorePage> ReadPageAsync(StoreOptions store, StoreResource resource, StoreCursor cursor, CancellationToken cancellationToken)
    {
        var api = store.Api ?? throw new InvalidOperationException($"Store '{store.Id}' has no Api settings.");
        var window = WindowPosition.Parse(cursor.Position);
        var page = window is null ? 1 : int.Parse(window.Token, CultureInfo.InvariantCulture);
        var query = new StringBuilder($"{PathOf(resource)}?per_page={Math.Clamp(api.PageSize, 1, MaxPageSize)}&page={page}&orderby=id&order=asc&dates_are_gmt=true");
        if (cursor.ModifiedAfter is { } after)
        {
            query.Append("&modified_after=").Append(Uri.EscapeDataString(after.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)));
        }

        if (resource == StoreResource.Orders)
        {
            query.Append("&status=any");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(api.BaseUrl!, query.ToString()));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{api.ClientId}:{api.ClientSecret}")));
        using var response = await StoreApiResponses.SendAsync(clients.CreateClient(HttpClientName), request, "WooCommerce", cancellationToken);
        await StoreApiResponses.ThrowIfFailedAsync(response, "WooCommerce", cancellationToken);

        var passStartedAt = window?.PassStartedAt ?? StoreApiResponses.ServerTime(response, time);
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var records = body.RootElement.ValueKind == JsonValueKind.Array ? body.RootElement.EnumerateArray().ToList() : [];
        var totalPages = Header(response, "X-WP-TotalPages") ?? page;
        var topic = TopicOf(resource);
        var (events, rejected) = PolledRecords.Map(
            records, resource, topic, r => DeliveryKey(store, topic, r), store, new HeaderDictionary(), time.GetUtcNow(), WooCommerceMapper.Map);

        var isLast = records.Count == 0 || page >= totalPages;
        var position = new WindowPosition((page + 1).ToString(CultureInfo.InvariantCulture), passStartedAt);
        var next = isLast ? position.NextWindow() : cursor with { Position = position.Format() };
        return new StorePage(events, records.Count, next, isLast, Header(response, "X-WP-Total"), rejected);
    }

    /// <summary>The topic whose webhook carries the same record: a polled record maps exactly as that webhook would.</summary>
    public static string TopicOf(StoreResource resource) => resource switch
    {
        StoreResource.Customers => "customer.updated",
        StoreResource.Products => "product.updated",
        StoreResource.Orders => "order.updated",
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "WooCommerce has no such resource."),
    };

    /// <summary>The webhook's own key for the same change (<see cref="WooCommerceWebhooks.DeliveryKeyOf"/>), so a change seen by both is applied once.</summary>
    public static string DeliveryKey(StoreOptions store, string topic, JsonElement record) =>
        $"woocommerce:{store.Id}:{topic}:{record.RequiredId("id")}:{record.Str("date_modified_gmt")}";

    private static string PathOf(StoreResource resource) => resource switch
    {
        StoreResource.Customers => "customers",
        StoreResource.Products => "products",
        StoreResource.Orders => "orders",
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "WooCommerce has no such resource."),
    };

    private static int? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) && int.TryParse(values.FirstOrDefault(), CultureInfo.InvariantCulture, out var n) ? n : null;
}
