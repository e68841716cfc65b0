using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>
/// The BigCommerce REST API of one store (<c>{BaseUrl}stores/{store_hash}/v2|v3/…</c>, <c>X-Auth-Token</c>): the
/// callback reads of thin webhooks and the connector's pages. 429 answers carry <c>X-Rate-Limit-Time-Reset-Ms</c>.
/// </summary>
public sealed class BigCommerceClient(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "bigcommerce";

    public static readonly Uri DefaultBaseUrl = new("https://api.bigcommerce.com/");

    public Task<JsonDocument?> GetAsync(StoreApiOptions api, string storeHash, string pathAndQuery, CancellationToken cancellationToken)
    {
        var request = Request(HttpMethod.Get, api, storeHash, pathAndQuery);
        return StoreHttp.SendAsync(httpClients.CreateClient(HttpClientName), request, "BigCommerce", cancellationToken);
    }

    /// <summary>A write-back call (or the read before one) with the write-back's failure rule (<see cref="StoreWriteHttp"/>).</summary>
    public async Task<StoreWriteAnswer> WriteAsync(StoreOptions store, HttpMethod method, string pathAndQuery, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = Request(method, store.Api!, store.Api!.Account ?? "", pathAndQuery);
        if (body is not null)
        {
            request.Content = StoreWriteHttp.Json(body);
        }

        return await StoreWriteHttp.SendAsync(httpClients.CreateClient(HttpClientName), request, "BigCommerce", store.Id, cancellationToken);
    }

    /// <summary>The order, its lines and, when money went back, its refunds; null when the order is gone.</summary>
    public async Task<BigCommerceOrderRecord?> GetOrderAsync(StoreApiOptions api, string storeHash, string orderId, CancellationToken cancellationToken)
    {
        using var order = await GetAsync(api, storeHash, $"v2/orders/{Uri.EscapeDataString(orderId)}", cancellationToken);
        return order is null ? null : await CompleteAsync(api, storeHash, order.RootElement.Clone(), cancellationToken);
    }

    /// <summary>Adds the lines and refunds to an order read alone or from a list.</summary>
    public async Task<BigCommerceOrderRecord> CompleteAsync(StoreApiOptions api, string storeHash, JsonElement order, CancellationToken cancellationToken)
    {
        var id = Uri.EscapeDataString(order.RequiredId("id"));
        using var products = await GetAsync(api, storeHash, $"v2/orders/{id}/products?limit=250", cancellationToken);
        IReadOnlyList<JsonElement> refunds = [];
        if ((order.Dec("refunded_amount") ?? 0m) > 0m)
        {
            using var refundPage = await GetAsync(api, storeHash, $"v3/orders/{id}/payment_actions/refunds", cancellationToken);
            refunds = refundPage is null ? [] : [.. refundPage.RootElement.Arr("data").Select(r => r.Clone())];
        }

        IReadOnlyList<JsonElement> lines = products is { RootElement.ValueKind: JsonValueKind.Array } p ? [.. p.RootElement.EnumerateArray().Select(l => l.Clone())] : [];
        return new BigCommerceOrderRecord(order, lines, refunds);
    }

    public async Task<JsonElement?> GetCustomerAsync(StoreApiOptions api, string storeHash, string customerId, CancellationToken cancellationToken)
    {
        using var page = await GetAsync(api, storeHash, $"v3/customers?id:in={Uri.EscapeDataString(customerId)}&include=addresses", cancellationToken);
        return page?.RootElement.Arr("data").Select(c => c.Clone()).Cast<JsonElement?>().FirstOrDefault();
    }

    public Task<JsonElement?> GetProductAsync(StoreApiOptions api, string storeHash, string productId, CancellationToken cancellationToken) =>
        DataAsync(api, storeHash, $"v3/catalog/products/{Uri.EscapeDataString(productId)}?include=variants,images", cancellationToken);

    public Task<JsonElement?> GetCartAsync(StoreApiOptions api, string storeHash, string cartId, CancellationToken cancellationToken) =>
        DataAsync(api, storeHash, $"v3/carts/{Uri.EscapeDataString(cartId)}", cancellationToken);

    private async Task<JsonElement?> DataAsync(StoreApiOptions api, string storeHash, string pathAndQuery, CancellationToken cancellationToken)
    {
        using var document = await GetAsync(api, storeHash, pathAndQuery, cancellationToken);
        return document?.RootElement.Obj("data")?.Clone();
    }

    private static HttpRequestMessage Request(HttpMethod method, StoreApiOptions api, string storeHash, string pathAndQuery)
    {
        var request = new HttpRequestMessage(method, new Uri(api.BaseUrl ?? DefaultBaseUrl, $"stores/{Uri.EscapeDataString(storeHash)}/{pathAndQuery}"));
        request.Headers.Add("X-Auth-Token", api.AccessToken);
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }
}
