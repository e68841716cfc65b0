using System.Text.Json;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>The commercetools HTTP API of one project (<c>{BaseUrl}{projectKey}/…</c>) with a cached bearer token, renewed once on a 401.</summary>
public sealed class CommerceToolsClient(IHttpClientFactory httpClients, CommerceToolsTokens tokens)
{
    public const string HttpClientName = "commercetools";

    public async Task<JsonDocument?> GetAsync(StoreOptions store, string pathAndQuery, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(store, pathAndQuery, cancellationToken);
        }
        catch (StoreApiException error) when (error.StatusCode == 401)
        {
            // Expired or revoked before its announced expiry: one fresh token, one more try.
            tokens.Forget(store);
            return await SendAsync(store, pathAndQuery, cancellationToken);
        }
    }

    private async Task<JsonDocument?> SendAsync(StoreOptions store, string pathAndQuery, CancellationToken cancellationToken)
    {
        var api = store.Api ?? throw new StoreApiException($"Store '{store.Id}' has no Api configured.", null, true);
        var baseUrl = api.BaseUrl ?? throw new StoreApiException($"Store '{store.Id}' has no Api:BaseUrl (the project's API URL).", null, true);
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, $"{Uri.EscapeDataString(api.Account ?? "")}/{pathAndQuery}"));
        request.Headers.Authorization = new("Bearer", await tokens.GetAsync(store, cancellationToken));
        request.Headers.Accept.ParseAdd("application/json");
        return await StoreHttp.SendAsync(httpClients.CreateClient(HttpClientName), request, "commercetools", cancellationToken);
    }

    public async Task<JsonElement?> GetResourceAsync(StoreOptions store, string resources, string id, CancellationToken cancellationToken)
    {
        using var document = await GetAsync(store, $"{resources}/{Uri.EscapeDataString(id)}", cancellationToken);
        return document?.RootElement.Clone();
    }
}
