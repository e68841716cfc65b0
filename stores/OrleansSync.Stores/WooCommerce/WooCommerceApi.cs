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
/// modified after the window's start, <c>offset</c>/<c>per_page</c> with <c>X-WP-Total</c>.
/// </summary>
/// <remarks>
/// Pages are ordered by id, not by modification time: with <c>orderby=modified</c> a record changed during the pass jumps
/// to the end and every later record shifts back one place, so the record at a page boundary would be skipped. Records
/// changed during the pass are read by the next window, which starts when this pass began. A record deleted during the pass
/// shifts the later ones back as well: each page starts at the record read last and steps back until it is there again
/// (<see cref="WooCommercePassPosition"/>), so a deletion costs a re-read, never a skipped record.
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
        var pageSize = Math.Clamp(api.PageSize, 1, MaxPageSize);
        var position = window is null ? WooCommercePassPosition.Start : WooCommercePassPosition.Parse(window.Token, pageSize);

        // Start one record early: the record read last must come first again, else records before it were deleted since
        // and everything shifted back. Then step back further until it does, so the shifted records are not skipped.
        var offset = position.LastId > 0 ? position.Offset - 1 : position.Offset;
        var stepBack = pageSize;
        ListPage list;
        while (true)
        {
            list = await ListAsync(api, resource, cursor, offset, pageSize, cancellationToken);
            if (position.LastId == 0 || offset == 0 || list.Records.Count == 0 || IdOf(list.Records[0]) is not { } first || first <= position.LastId)
            {
                break;
            }

            list.Dispose();
            offset = Math.Max(0, offset - stepBack);
            stepBack *= 2;
        }

        using (list)
        {
            var passStartedAt = window?.PassStartedAt ?? StoreApiResponses.ServerTime(list.Response, time);
            var records = list.Records.Where(r => IdOf(r) is not { } id || id > position.LastId).ToList();
            var topic = TopicOf(resource);
            var (events, rejected) = PolledRecords.Map(
                records, resource, topic, r => DeliveryKey(store, topic, r), store, new HeaderDictionary(), time.GetUtcNow(), WooCommerceMapper.Map);

            var nextOffset = offset + list.Records.Count;
            var total = Header(list.Response, "X-WP-Total");
            var isLast = list.Records.Count == 0 || nextOffset >= (total ?? nextOffset);
            var next = new WindowPosition(new WooCommercePassPosition(nextOffset, records.Select(IdOf).Max() ?? position.LastId).Format(), passStartedAt);
            return new StorePage(events, records.Count, isLast ? next.NextWindow() : cursor with { Position = next.Format() }, isLast, total, rejected);
        }
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

    private async Task<ListPage> ListAsync(StoreApiOptions api, StoreResource resource, StoreCursor cursor, int offset, int pageSize, CancellationToken cancellationToken)
    {
        var query = new StringBuilder($"{PathOf(resource)}?per_page={pageSize}&offset={offset}&orderby=id&order=asc&dates_are_gmt=true");
        if (cursor.ModifiedAfter is { } after)
        {
            query.Append("&modified_after=").Append(Uri.EscapeDataString(after.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)));
        }

        if (resource == StoreResource.Orders)
        {
            query.Append("&status=any");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(api.BaseUrl!, query.ToString()));
        request.Headers.Authorization = WooCommerceAuth.Basic(api);
        var response = await StoreApiResponses.SendAsync(clients.CreateClient(HttpClientName), request, "WooCommerce", cancellationToken);
        try
        {
            await StoreApiResponses.ThrowIfFailedAsync(response, "WooCommerce", cancellationToken);
            var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return new ListPage(response, body);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The record's id; null when it has none (the mapping rejects such a record, it does not move the cursor).</summary>
    private static long? IdOf(JsonElement record) =>
        long.TryParse(record.Id("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string PathOf(StoreResource resource) => resource switch
    {
        StoreResource.Customers => "customers",
        StoreResource.Products => "products",
        StoreResource.Orders => "orders",
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "WooCommerce has no such resource."),
    };

    private static int? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) && int.TryParse(values.FirstOrDefault(), CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>One list answer: its headers and its records, alive until disposed.</summary>
    private sealed class ListPage(HttpResponseMessage response, JsonDocument body) : IDisposable
    {
        public HttpResponseMessage Response { get; } = response;

        public IReadOnlyList<JsonElement> Records { get; } = body.RootElement.ValueKind == JsonValueKind.Array ? [.. body.RootElement.EnumerateArray()] : [];

        public void Dispose()
        {
            body.Dispose();
            Response.Dispose();
        }
    }
}
