using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.WooCommerce;

/// <summary>
/// <c>POST {Api:BaseUrl}orders</c> with the consumer key/secret over HTTP Basic: the deal's lines (by <c>product_id</c> when
/// known, else by name at their price), the contact as billing, and the deal id in <c>meta_data</c>
/// (<see cref="WooCommerceOrders.HubSpotDealMetaKey"/>), which also finds an order already made for the deal.
/// </summary>
public sealed class WooCommerceOrderCreator(IHttpClientFactory clients) : IStoreOrderCreator
{
    public const string HttpClientName = "store-orders-woocommerce";

    private const int MaxLookupPages = 10;

    public StorePlatform Platform => StorePlatform.WooCommerce;

    public async Task<string?> FindAsync(StoreOptions store, string dealId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var after = Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        for (var page = 1; page <= MaxLookupPages; page++)
        {
            using var response = await SendAsync(store, HttpMethod.Get,
                $"orders?per_page=100&page={page}&orderby=id&order=asc&status=any&dates_are_gmt=true&modified_after={after}", null, cancellationToken);
            ThrowIfRetryable(store, response, "an order lookup");
            if (!response.IsSuccessStatusCode)
            {
                throw new StoreApiException($"WooCommerce store '{store.Id}' refused an order lookup with {(int)response.StatusCode}.", (int)response.StatusCode, false);
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var orders = body.RootElement.ValueKind == JsonValueKind.Array ? body.RootElement.EnumerateArray().ToList() : [];
            if (orders.FirstOrDefault(o => WooCommerceOrders.HubSpotDealIdOf(o) == dealId) is { ValueKind: JsonValueKind.Object } found)
            {
                return found.Id("id");
            }

            var pages = response.Headers.TryGetValues("X-WP-TotalPages", out var values) && int.TryParse(values.FirstOrDefault(), CultureInfo.InvariantCulture, out var n) ? n : page;
            if (page >= pages || orders.Count == 0)
            {
                return null;
            }
        }

        return null;
    }

    public async Task<StoreOrderResult> CreateAsync(StoreOptions store, StoreOrderDraft draft, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(store, HttpMethod.Post, "orders", Body(draft), cancellationToken);
        ThrowIfRetryable(store, response, "an order creation");
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            return StoreOrderResult.Refused($"WooCommerce store '{store.Id}' refused the order with {(int)response.StatusCode}: {Cut(detail)}");
        }

        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return json.RootElement.Id("id") is { } id
            ? StoreOrderResult.Created(id)
            : throw new StoreApiException($"WooCommerce store '{store.Id}' answered an order creation without the order's id.", (int)response.StatusCode, false);
    }

    private async Task<HttpResponseMessage> SendAsync(StoreOptions store, HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        if (store.Api is not { BaseUrl: { } baseUrl } api)
        {
            throw new InvalidOperationException($"Store '{store.Id}' has no Api:BaseUrl.");
        }

        using var request = new HttpRequestMessage(method, new Uri(baseUrl, path));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        request.Headers.Authorization = WooCommerceAuth.Basic(api);
        try
        {
            return await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new StoreApiException($"WooCommerce store '{store.Id}' is unreachable: {error.Message}", null, false, inner: error);
        }
    }

    private static void ThrowIfRetryable(StoreOptions store, HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        if (status is 408 or 429 or >= 500)
        {
            throw new StoreApiException($"WooCommerce store '{store.Id}' answered {status} to {what}.", status, false);
        }
    }

    private static JsonObject Body(StoreOrderDraft draft)
    {
        var billing = new JsonObject();
        Set(billing, "email", draft.Email);
        Set(billing, "first_name", draft.FirstName);
        Set(billing, "last_name", draft.LastName);
        var lines = new JsonArray();
        foreach (var line in draft.Lines)
        {
            var item = new JsonObject { ["quantity"] = line.Quantity };
            if (line.PlatformProductId is { } productId && long.TryParse(productId, CultureInfo.InvariantCulture, out var id))
            {
                item["product_id"] = id;
            }
            else
            {
                item["name"] = line.Name;
            }

            // Totals are set either way, so the order carries the deal's prices, not the catalogue's.
            var total = Money(line.UnitPrice * line.Quantity);
            item["subtotal"] = total;
            item["total"] = total;
            lines.Add(item);
        }

        var body = new JsonObject
        {
            ["status"] = draft.Status,
            ["set_paid"] = false,
            ["billing"] = billing,
            ["line_items"] = lines,
            ["meta_data"] = new JsonArray(new JsonObject { ["key"] = WooCommerceOrders.HubSpotDealMetaKey, ["value"] = draft.HubSpotDealId }),
        };
        Set(body, "currency", draft.Currency);
        if (draft.PlatformCustomerId is { } customer && long.TryParse(customer, CultureInfo.InvariantCulture, out var customerId))
        {
            body["customer_id"] = customerId;
        }

        return body;
    }

    private static string Money(decimal amount) => decimal.Round(amount, 2).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static void Set(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            target[name] = value;
        }
    }
}
