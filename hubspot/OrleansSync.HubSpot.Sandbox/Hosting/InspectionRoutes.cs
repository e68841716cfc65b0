using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using OrleansSync.HubSpot.Sandbox.Inspection;

namespace OrleansSync.HubSpot.Sandbox.Hosting;

/// <summary>The sandbox's own endpoints, under <c>/_sandbox</c>.</summary>
internal static class InspectionRoutes
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/_sandbox");
        g.MapGet("/portals", InspectionHandlers.Portals);
        g.MapGet("/portals/{portalId:long}/objects/{objectType}", InspectionHandlers.Objects);
        g.MapGet("/portals/{portalId:long}/associations", InspectionHandlers.Associations);
        g.MapGet("/portals/{portalId:long}/calls", InspectionHandlers.Calls);
        g.MapGet("/portals/{portalId:long}/events", InspectionHandlers.Events);
        g.MapPut("/portals/{portalId:long}/faults", InspectionHandlers.SetFaultsAsync);
        g.MapPost("/webhooks", InspectionHandlers.SendWebhookAsync);
        g.MapGet("/portals/{portalId:long}/webhooks", SalesRepHandlers.Webhooks);
        g.MapPost("/portals/{portalId:long}/objects/contacts/merge", SalesRepHandlers.MergeAsync);
        g.MapPost("/portals/{portalId:long}/objects/deals", SalesRepHandlers.CreateDealAsync);
        g.MapPatch("/portals/{portalId:long}/objects/{objectType}/{id}", SalesRepHandlers.EditAsync);
        g.MapDelete("/portals/{portalId:long}/objects/{objectType}/{id}", SalesRepHandlers.Delete);
    }
}
