using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Http;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>
/// OAuth client-credentials tokens for commercetools projects (<c>POST {TokenUrl}</c>, Basic client id/secret,
/// <c>scope=manage_project:{projectKey}</c>), kept until a minute before they expire and forgotten when the API refuses one.
/// </summary>
public sealed class CommerceToolsTokens(IHttpClientFactory httpClients, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _tokens = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(StoreOptions store, CancellationToken cancellationToken)
    {
        var api = store.Api ?? throw new StoreApiException($"Store '{store.Id}' has no Api configured.", null, true);
        if (_tokens.TryGetValue(KeyOf(store), out var cached) && cached.Until > time.GetUtcNow())
        {
            return cached.Token;
        }

        var tokenUrl = api.TokenUrl ?? throw new StoreApiException($"Store '{store.Id}' has no Api:TokenUrl.", null, true);
        var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl)
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("scope", $"manage_project:{api.Account}")]),
        }.AsRepeatable();
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{api.ClientId}:{api.ClientSecret}")));
        System.Text.Json.JsonDocument? document;
        try
        {
            document = await StoreHttp.SendAsync(httpClients.CreateClient(CommerceToolsClient.HttpClientName), request, "commercetools auth", cancellationToken);
        }
        catch (StoreApiException error) when (error.StatusCode == 400)
        {
            // invalid_client / invalid_scope: the credentials, not the service, are wrong.
            throw new StoreApiException("commercetools refused the client credentials (400).", 400, true, null, error);
        }

        using (document)
        {
            var token = document?.RootElement.Str("access_token") ?? throw new StoreApiException("commercetools issued no access token.", null, true);
            var expiresIn = document.RootElement.Dec("expires_in") ?? 3600m;
            _tokens[KeyOf(store)] = (token, time.GetUtcNow().AddSeconds((double)expiresIn).AddMinutes(-1));
            return token;
        }
    }

    public void Forget(StoreOptions store) => _tokens.TryRemove(KeyOf(store), out _);

    private static string KeyOf(StoreOptions store) => $"{store.Api?.TokenUrl}|{store.Api?.ClientId}|{store.Api?.Account}";
}
