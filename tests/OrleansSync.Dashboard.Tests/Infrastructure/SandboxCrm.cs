using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansSync.Dashboard.Tests.Infrastructure;

/// <summary>The HubSpot sandbox over HTTP: its inspection API to see what the sync wrote, and its HubSpot API to change the CRM behind the sync's back.</summary>
public sealed class SandboxCrm(Uri baseUrl, string accessToken, string portalId) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseUrl, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", accessToken) } };

    /// <summary>Every record of a type: id and properties.</summary>
    public async Task<IReadOnlyList<(string Id, JsonObject Properties)>> ObjectsAsync(string objectType)
    {
        var records = await _http.GetFromJsonAsync<JsonArray>($"/_sandbox/portals/{portalId}/objects/{objectType}");
        return [.. records!.Select(r => (r!["id"]!.GetValue<string>(), r["properties"]!.AsObject()))];
    }

    /// <summary>The deal of an order (by the sync's order key), or null.</summary>
    public async Task<(string Id, JsonObject Properties)?> DealAsync(string orderKey) =>
        (await ObjectsAsync("deals")).Where(d => d.Properties["ecom_order_key"]?.GetValue<string>() == orderKey).Select(d => ((string, JsonObject)?)d).FirstOrDefault();

    public async Task<bool> ContactExistsAsync(string email) =>
        (await ObjectsAsync("contacts")).Any(c => string.Equals(c.Properties["email"]?.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase));

    /// <summary>As someone editing the deal in HubSpot: PATCH through HubSpot's API.</summary>
    public async Task SetDealAmountAsync(string dealId, string amount)
    {
        using var response = await _http.PatchAsJsonAsync($"/crm/v3/objects/deals/{dealId}", new { properties = new { amount } });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>As another app or a person creating a contact in HubSpot directly.</summary>
    public async Task CreateContactAsync(string email, string phone)
    {
        using var response = await _http.PostAsJsonAsync("/crm/v3/objects/contacts", new { properties = new { email, phone } });
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _http.Dispose();
}
