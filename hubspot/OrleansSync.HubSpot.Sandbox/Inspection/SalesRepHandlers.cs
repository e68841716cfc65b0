using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Objects;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Inspection;

/// <summary>
/// <c>/_sandbox</c> endpoints that change records as a person in HubSpot would (not through the app's token), so the
/// webhooks they cause carry <c>changeSource: CRM_UI</c>: create a deal with line items, edit, merge two contacts, delete.
/// </summary>
internal static class SalesRepHandlers
{
    public static async Task<IResult> EditAsync(HttpContext http, PortalRegistry registry, long portalId, string objectType, string id)
    {
        if (registry.FindById(portalId) is not { } portal)
        {
            return Results.NotFound();
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(http.Request.Body, SandboxJsonContext.Default.JsonElement, http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return Results.BadRequest();
        }

        return Try(() => Results.Json(portal.EditAsSalesRep(objectType, id, Values(body)), SandboxJsonContext.Default.SandboxRecord));
    }

    /// <summary>
    /// <c>{"properties":{…deal…},"lineItems":[{…line item…}],"contactId":"…"}</c>: the deal, its line items and its contact,
    /// created and associated at once, then announced by one <c>deal.creation</c> webhook.
    /// </summary>
    public static async Task<IResult> CreateDealAsync(HttpContext http, PortalRegistry registry, long portalId)
    {
        if (registry.FindById(portalId) is not { } portal)
        {
            return Results.NotFound();
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(http.Request.Body, SandboxJsonContext.Default.JsonElement, http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("properties", out var deal) || deal.ValueKind != JsonValueKind.Object)
        {
            return Results.BadRequest();
        }

        var lines = body.TryGetProperty("lineItems", out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(Values).ToList()
            : [];
        var contactId = body.TryGetProperty("contactId", out var contact) && contact.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (contact.ValueKind == JsonValueKind.String ? contact.GetString() : contact.GetRawText())
            : null;
        return Try(() => Results.Json(portal.CreateDealAsSalesRep(Values(deal), lines, contactId), SandboxJsonContext.Default.SandboxRecord));
    }

    public static async Task<IResult> MergeAsync(HttpContext http, PortalRegistry registry, long portalId)
    {
        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.MergeInputWire);
        if (registry.FindById(portalId) is not { } portal)
        {
            return Results.NotFound();
        }

        return input is { PrimaryObjectId: { } primary, ObjectIdToMerge: { } other }
            ? Try(() => Results.Json(portal.MergeContactsAsSalesRep(primary, other), SandboxJsonContext.Default.SandboxRecord))
            : Results.BadRequest();
    }

    public static IResult Delete(PortalRegistry registry, long portalId, string objectType, string id) =>
        registry.FindById(portalId) is not { } portal ? Results.NotFound() : Try(() =>
        {
            portal.DeleteAsSalesRep(objectType, id);
            return Results.NoContent();
        });

    public static IResult Webhooks(PortalRegistry registry, long portalId) =>
        registry.FindById(portalId) is { } portal ? Results.Json(portal.WebhookDeliveries(), SandboxJsonContext.Default.IReadOnlyListWebhookDelivery) : Results.NotFound();

    private static IReadOnlyDictionary<string, string> Values(JsonElement body) =>
        body.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal);

    private static IResult Try(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (Exception error) when (error is KeyNotFoundException or ArgumentException)
        {
            return Results.NotFound();
        }
    }
}
