using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OrleansSync.HubSpot.Tests.Support;

/// <summary>Raw HTTP against the sandbox, for contract tests that check status codes, bodies and headers.</summary>
public sealed class HubSpotHttp(Uri baseUrl, string token)
{
    private static readonly HttpClient Shared = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string Token => token;

    public Task<ApiAnswer> GetAsync(string path, string? bearer = null) => SendAsync(HttpMethod.Get, path, null, bearer);

    public Task<ApiAnswer> PostAsync(string path, string json, string? bearer = null) => SendAsync(HttpMethod.Post, path, json, bearer);

    public Task<ApiAnswer> PutAsync(string path, string json = "") => SendAsync(HttpMethod.Put, path, json.Length == 0 ? null : json, null);

    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, string? json, string? bearer)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUrl, path.TrimStart('/')));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Shared.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        return new ApiAnswer((int)response.StatusCode, body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.Clone(), headers);
    }
}

/// <summary>Status, parsed JSON body and headers of one answer.</summary>
public sealed record ApiAnswer(int Status, JsonElement? Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonElement Json => Body ?? throw new InvalidOperationException($"Answer {Status} had no body.");

    public string? Str(string property) => Json.TryGetProperty(property, out var v) ? v.ToString() : null;
}
