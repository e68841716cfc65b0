using System.Net.Http.Headers;
using System.Text.Json;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>The dead letters an operator sees through the admin API (<c>GET /admin/dead-letters</c>) of a gateway.</summary>
public static class DeadLetters
{
    /// <summary>Every dead letter of the tests' portal, each as its JSON object (all pages).</summary>
    public static async Task<IReadOnlyList<JsonElement>> ListAsync(Uri gateway)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ProcessGrid.AdminToken);
        var letters = new List<JsonElement>();
        long? after = 0;
        while (after is { } afterId)
        {
            using var page = JsonDocument.Parse(await http.GetStringAsync($"admin/dead-letters?portalId={ShopifyStore.PortalId}&afterId={afterId}"));
            letters.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(l => l.Clone()));
            after = page.RootElement.GetProperty("nextAfterId") is { ValueKind: JsonValueKind.Number } next ? next.GetInt64() : null;
        }

        return letters;
    }
}
