using System.Net;
using System.Text.Json;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>The admin API as an operator uses it (with the bearer token).</summary>
public sealed class GatewayAdmin(GatewayFactory gateway)
{
    private readonly HttpClient _client = gateway.CreateAdminClient();

    public Task<JsonElement> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK) => _client.GetJsonAsync(path, expected);

    public HttpClient Client => _client;
}
