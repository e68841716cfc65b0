using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.Magento;

/// <summary>The Magento 2 / Adobe Commerce REST API (<c>{BaseUrl}rest/V1/…</c>) with an integration access token (Bearer).</summary>
public sealed class MagentoClient(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "magento";

    public Task<JsonDocument?> GetAsync(StoreOptions store, string pathAndQuery, CancellationToken cancellationToken)
    {
        var request = Request(store, HttpMethod.Get, pathAndQuery);
        return StoreHttp.SendAsync(httpClients.CreateClient(HttpClientName), request, "Magento", cancellationToken);
    }

    /// <summary>A write-back call (or the read before one) with the write-back's failure rule (<see cref="StoreWriteHttp"/>).</summary>
    public async Task<StoreWriteAnswer> WriteAsync(StoreOptions store, HttpMethod method, string pathAndQuery, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = Request(store, method, pathAndQuery);
        if (body is not null)
        {
            request.Content = StoreWriteHttp.Json(body);
        }

        return await StoreWriteHttp.SendAsync(httpClients.CreateClient(HttpClientName), request, "Magento", store.Id, cancellationToken);
    }

    private static HttpRequestMessage Request(StoreOptions store, HttpMethod method, string pathAndQuery)
    {
        var api = store.Api ?? throw new StoreApiException($"Store '{store.Id}' has no Api configured.", null, true);
        var baseUrl = api.BaseUrl ?? throw new StoreApiException($"Store '{store.Id}' has no Api:BaseUrl (the Magento store's URL).", null, true);
        var request = new HttpRequestMessage(method, new Uri(baseUrl, $"rest/V1/{pathAndQuery}"));
        request.Headers.Authorization = new("Bearer", api.AccessToken);
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }
}
