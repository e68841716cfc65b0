using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrleansSync.Dashboard.Tests.Infrastructure;

/// <summary>The admin API read as JSON, as a script would.</summary>
internal static class AdminJson
{
    public static async Task<JsonNode> GetJsonAsync(this HttpClient admin, string path) =>
        (await admin.GetFromJsonAsync<JsonNode>(path))!;

    public static async Task<JsonNode> PostJsonAsync(this HttpClient admin, string path, object? body = null)
    {
        using var response = await admin.PostAsJsonAsync(path, body ?? new { });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }
}
