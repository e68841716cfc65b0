using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Operations;
using OrleansSync.Gateway.Admin.Audit;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Stores;

namespace OrleansSync.Gateway.Admin.Reconciliation;

internal static class ReconciliationEndpoints
{
    public static void MapReconciliation(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/reconciliations").WithTags("Admin: reconciliation");
        group.MapGet("/", async ([FromServices] IReconciliationStore store, IOptions<AdminOptions> options, string? portalId, int? limit, CancellationToken cancellationToken) =>
                TypedResults.Ok(await store.ListAsync(portalId, Math.Clamp(limit ?? 20, 1, options.Value.MaxPageSize), cancellationToken)))
            .WithName("ListReconciliations")
            .WithSummary("Kept reconciliation reports, newest first: per day, store and currency the stores' paid totals against HubSpot's closed-won deals, and the orders that differ.");
        group.MapPost("/", RunAsync)
            .WithName("RunReconciliation")
            .WithSummary("Reconciles a day (default today, UTC) now, for one portal or all; the reports are kept.")
            .WithMetadata(new AuditedAction("reconciliation.run"));
    }

    private static async Task<Results<Ok<IReadOnlyList<ReconciliationReport>>, ProblemHttpResult>> RunAsync(
        ReconciliationRequest? request, IGrainFactory grains, StoreRegistry stores, TimeProvider time)
    {
        if (request?.PortalId is { } only && !stores.PortalIds.Contains(only))
        {
            return TypedResults.Problem($"No configured store syncs to portal '{only}'.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown portal", type: ProblemTypes.InvalidEvent);
        }

        var day = request?.Day ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        IReadOnlyList<string> portals = request?.PortalId is { } portal ? [portal] : stores.PortalIds;
        var reports = await Task.WhenAll(portals.Select(p => grains.GetGrain<IReconciliationGrain>(p).RunAsync(day, stores.StoresOfPortals, "on demand")));
        return TypedResults.Ok<IReadOnlyList<ReconciliationReport>>(reports);
    }
}
