using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Objects;
using OrleansSync.HubSpot.Sandbox.Portals;
using OrleansSync.HubSpot.Sandbox.Webhooks;

namespace OrleansSync.HubSpot.Sandbox.Inspection;

/// <summary>The sandbox's own API under <c>/_sandbox</c> (no auth, no limits): state, call log, fault knobs, webhook sends.</summary>
internal static class InspectionHandlers
{
    public static IResult Portals(PortalRegistry registry) =>
        Results.Json([.. registry.All.Select(p => new PortalSummaryWire(p.PortalId, p.Options.RequestsPerInterval, (int)p.Options.Interval.TotalMilliseconds, p.Options.DailyLimit))], SandboxJsonContext.Default.ListPortalSummaryWire);

    public static IResult Objects(PortalRegistry registry, long portalId, string objectType) =>
        registry.FindById(portalId) is not { } portal ? Results.NotFound()
        : ObjectType.Find(objectType) is null ? Results.BadRequest()
        : Results.Json(portal.Objects(objectType), SandboxJsonContext.Default.IReadOnlyListSandboxRecord);

    public static IResult Associations(PortalRegistry registry, long portalId) =>
        registry.FindById(portalId) is { } portal ? Results.Json(portal.Associations(), SandboxJsonContext.Default.IReadOnlyListSandboxAssociation) : Results.NotFound();

    public static IResult Calls(PortalRegistry registry, long portalId) =>
        registry.FindById(portalId) is { } portal ? Results.Json(portal.Calls(), SandboxJsonContext.Default.IReadOnlyListSandboxCall) : Results.NotFound();

    public static IResult Events(PortalRegistry registry, long portalId) =>
        registry.FindById(portalId) is { } portal ? Results.Json(portal.Events(), SandboxJsonContext.Default.IReadOnlyListSandboxEvent) : Results.NotFound();

    public static async Task<IResult> SetFaultsAsync(HttpContext http, PortalRegistry registry, long portalId)
    {
        var knobs = await http.ReadBodyAsync(SandboxJsonContext.Default.FaultsWire);
        if (registry.FindById(portalId) is not { } portal)
        {
            return Results.NotFound();
        }

        if (knobs is null)
        {
            return Results.BadRequest();
        }

        var faults = portal.Faults;
        faults.ServerErrorRate = knobs.ServerErrorRate ?? faults.ServerErrorRate;
        faults.AddedLatency = knobs.AddedLatencyMs is { } ms ? TimeSpan.FromMilliseconds(ms) : faults.AddedLatency;
        faults.TimeoutRate = knobs.TimeoutRate ?? faults.TimeoutRate;
        faults.TimeoutDuration = knobs.TimeoutDurationMs is { } t ? TimeSpan.FromMilliseconds(t) : faults.TimeoutDuration;
        faults.Pending429Burst = knobs.Pending429Burst ?? faults.Pending429Burst;
        faults.RefuseRecordsMatching = knobs.RefuseRecordsMatching ?? faults.RefuseRecordsMatching;
        return Results.NoContent();
    }

    public static async Task<IResult> SendWebhookAsync(HttpContext http, WebhookSender sender)
    {
        var request = await http.ReadBodyAsync(SandboxJsonContext.Default.WebhookSendWire);
        if (request is not { TargetUrl: { } url, ClientSecret: { } secret, Events: { Count: > 0 and <= WebhookSender.MaxEventsPerDelivery } events }
            || !Uri.TryCreate(url, UriKind.Absolute, out var target))
        {
            return Results.BadRequest();
        }

        var body = "[" + string.Join(",", events.Select(e => JsonSerializer.Serialize(e, SandboxJsonContext.Default.JsonElement))) + "]";
        var status = await sender.SendAsync(target, secret, body, http.RequestAborted);
        return Results.Json(new WebhookSendResultWire(status, 1), SandboxJsonContext.Default.WebhookSendResultWire);
    }
}
