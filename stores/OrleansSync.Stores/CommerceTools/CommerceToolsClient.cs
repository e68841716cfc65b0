using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.WriteBack;

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

    /// <summary>
    /// A write-back call (or the read before one) with the write-back's failure rule (<see cref="StoreWriteHttp"/>); a
    /// refused token is renewed once, as for reads. Throws <see cref="StoreApiException"/> (auth) when no token can be had.
    /// </summary>
    public async Task<StoreWriteAnswer> WriteAsync(StoreOptions store, HttpMethod method, string pathAndQuery, JsonNode? body, CancellationToken cancellationToken)
    {
        var answer = await SendWriteAsync(store, method, pathAndQuery, body, cancellationToken);
        if (answer.Status != 401)
        {
            return answer;
        }

        answer.Dispose();
        tokens.Forget(store);
        return await SendWriteAsync(store, method, pathAndQuery, body, cancellationToken);
    }

    private async Task<StoreWriteAnswer> SendWriteAsync(StoreOptions store, HttpMethod method, string pathAndQuery, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(store, method, pathAndQuery, cancellationToken);
        if (body is not null)
        {
            request.Content = StoreWriteHttp.Json(body);
        }

        return await StoreWriteHttp.SendAsync(httpClients.CreateClient(HttpClientName), request, "commercetools", store.Id, cancellationToken);
    }

    private async Task<JsonDocument?> SendAsync(StoreOptions store, string pathAndQuery, CancellationToken cancellationToken)
    {
        var request = await RequestAsync(store, HttpMethod.Get, pathAndQuery, cancellationToken);
        return await StoreHttp.SendAsync(httpClients.CreateClient(HttpClientName), request, "commercetools", cancellationToken);
    }

    private async Task<HttpRequestMessage> RequestAsync(StoreOptions store, HttpMethod method, string pathAndQuery, CancellationToken cancellationToken)
    {
        var api = store.Api ?? throw new StoreApiException($"Store '{store.Id}' has no Api configured.", null, true);
        var baseUrl = api.BaseUrl ?? throw new StoreApiException($"Store '{store.Id}' has no Api:BaseUrl (the project's API URL).", null, true);
        var request = new HttpRequestMessage(method, new Uri(baseUrl, $"{Uri.EscapeDataString(api.Account ?? "")}/{pathAndQuery}"));
        request.Headers.Authorization = new("Bearer", await tokens.GetAsync(store, cancellationToken));
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }

    public async Task<JsonElement?> GetResourceAsync(StoreOptions store, string resources, string id, CancellationToken cancellationToken)
    {
        using var document = await GetAsync(store, $"{resources}/{Uri.EscapeDataString(id)}", cancellationToken);
        return document?.RootElement.Clone();
    }
}
