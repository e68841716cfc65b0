using System.Text.Json;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Stores.Magento;

/// <summary>The Magento 2 / Adobe Commerce REST API (<c>{BaseUrl}rest/V1/…</c>) with an integration access token (Bearer).</summary>
public sealed class MagentoClient(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "magento";

    public Task<JsonDocument?> GetAsync(StoreOptions store, string pathAndQuery, CancellationToken cancellationToken)
    {
        var api = store.Api ?? throw new StoreApiException($"Store '{store.Id}' has no Api configured.", null, true);
        var baseUrl = api.BaseUrl ?? throw new StoreApiException($"Store '{store.Id}' has no Api:BaseUrl (the Magento store's URL).", null, true);
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, $"rest/V1/{pathAndQuery}"));
        request.Headers.Authorization = new("Bearer", api.AccessToken);
        request.Headers.Accept.ParseAdd("application/json");
        return StoreHttp.SendAsync(httpClients.CreateClient(HttpClientName), request, "Magento", cancellationToken);
    }
}
