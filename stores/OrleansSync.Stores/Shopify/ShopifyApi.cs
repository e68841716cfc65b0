using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Shopify;

/// <summary>
/// The Shopify Admin REST API (<c>/admin/api/2024-10/customers.json|products.json|orders.json?status=any</c>) as a connector
/// reads it: <c>X-Shopify-Access-Token</c> (<see cref="StoreApiOptions.AccessToken"/>), <c>updated_at_min</c> for the window,
/// <c>Link</c>-header cursors (<c>page_info</c>) within it, <c>count.json</c> for the total on a pass's first page.
/// Calls are paced by the call bucket each answer reports (<see cref="ShopifyCallPacer"/>); a 429 that still comes is waited
/// out by the client's retry, or comes back as a <see cref="StoreApiException"/> with Shopify's Retry-After.
/// </summary>
public sealed class ShopifyApi(IHttpClientFactory clients, TimeProvider time) : IStoreApi
{
    public const string HttpClientName = "store-api-shopify";

    public const string AccessTokenHeader = "X-Shopify-Access-Token";

    /// <summary>Shopify's documented maximum <c>limit</c>.</summary>
    private const int MaxPageSize = 250;

    public StorePlatform Platform => StorePlatform.Shopify;

    public IReadOnlyList<StoreResource> Resources { get; } = [StoreResource.Customers, StoreResource.Products, StoreResource.Orders];

    public async Task<StorePage> ReadPageAsync(StoreOptions store, StoreResource resource, StoreCursor cursor, CancellationToken cancellationToken)
    {
        var api = store.Api ?? throw new InvalidOperationException($"Store '{store.Id}' has no Api settings.");
        var client = clients.CreateClient(HttpClientName);
        var window = WindowPosition.Parse(cursor.Position);
        var limit = Math.Clamp(api.PageSize, 1, MaxPageSize);

        // With page_info Shopify refuses any other filter: the window's filters travel inside the cursor.
        var query = window is null
            ? $"{PathOf(resource)}.json?limit={limit}&order=id+asc{Filters(resource, cursor)}"
            : $"{PathOf(resource)}.json?limit={limit}&page_info={Uri.EscapeDataString(window.Token)}";
        using var response = await GetAsync(client, api, query, cancellationToken);

        var passStartedAt = window?.PassStartedAt ?? StoreApiResponses.ServerTime(response, time);
        long? total = window is null ? await CountAsync(client, api, resource, cursor, cancellationToken) : null;
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var records = body.RootElement.TryGetProperty(PathOf(resource), out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        var topic = TopicOf(resource);
        var headers = new HeaderDictionary();
        if (!string.IsNullOrWhiteSpace(store.PlatformStoreId))
        {
            headers[ShopifyHeaders.ShopDomain] = store.PlatformStoreId;
        }

        var (events, rejected) = PolledRecords.Map(
            records, resource, topic, r => DeliveryKey(store, resource, r), store, headers, time.GetUtcNow(), ShopifyMapper.Map);
        var nextPage = ShopifyLinkHeader.NextPageInfo(response);
        var next = nextPage is null
            ? new WindowPosition("", passStartedAt).NextWindow()
            : cursor with { Position = new WindowPosition(nextPage, passStartedAt).Format() };
        return new StorePage(events, records.Count, next, nextPage is null, total, rejected);
    }

    /// <summary>The webhook topic carrying the same record: a polled record maps exactly as that webhook would.</summary>
    public static string TopicOf(StoreResource resource) => resource switch
    {
        StoreResource.Customers => "customers/update",
        StoreResource.Products => "products/update",
        StoreResource.Orders => "orders/updated",
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "Shopify has no such resource."),
    };

    /// <summary>One key per version of a record: a re-read of an unchanged record is recognised, a change is not mistaken for it.</summary>
    public static string DeliveryKey(StoreOptions store, StoreResource resource, JsonElement record) =>
        $"shopify:{store.Id}:{PathOf(resource)}:{record.RequiredId("id")}:{record.Str("updated_at")}";

    private async Task<long?> CountAsync(HttpClient client, StoreApiOptions api, StoreResource resource, StoreCursor cursor, CancellationToken cancellationToken)
    {
        var filters = Filters(resource, cursor);
        using var response = await GetAsync(client, api, $"{PathOf(resource)}/count.json{(filters.Length > 0 ? "?" + filters[1..] : "")}", cancellationToken);
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return body.RootElement.TryGetProperty("count", out var count) && count.TryGetInt64(out var n) ? n : null;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, StoreApiOptions api, string pathAndQuery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(api.BaseUrl!, pathAndQuery));
        request.Headers.Add(AccessTokenHeader, api.AccessToken);
        if (api.CallsPerSecond is { } leak)
        {
            request.Options.Set(ShopifyCallPacingHandler.LeakPerSecond, leak);
        }

        var response = await StoreApiResponses.SendAsync(client, request, "Shopify", cancellationToken);
        try
        {
            await StoreApiResponses.ThrowIfFailedAsync(response, "Shopify", cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static string Filters(StoreResource resource, StoreCursor cursor)
    {
        var filters = new StringBuilder();
        if (resource == StoreResource.Orders)
        {
            filters.Append("&status=any");
        }

        if (cursor.ModifiedAfter is { } after)
        {
            filters.Append("&updated_at_min=").Append(Uri.EscapeDataString(after.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)));
        }

        return filters.ToString();
    }

    private static string PathOf(StoreResource resource) => resource switch
    {
        StoreResource.Customers => "customers",
        StoreResource.Products => "products",
        StoreResource.Orders => "orders",
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "Shopify has no such resource."),
    };
}
