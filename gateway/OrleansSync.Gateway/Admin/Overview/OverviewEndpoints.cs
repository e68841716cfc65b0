using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Gateway.Stores;

namespace OrleansSync.Gateway.Admin.Overview;

internal static class OverviewEndpoints
{
    public static void MapOverview(this RouteGroupBuilder admin)
    {
        admin.MapGet("/overview", async (OverviewReader overview, CancellationToken cancellationToken) => TypedResults.Ok(await overview.ReadAsync(cancellationToken)))
            .WithName("GetOperationsOverview")
            .WithTags("Admin: dashboard")
            .WithSummary("Sync health (green/amber/red with reasons), per store and per portal throughput, backlog and ETA, latency per event kind, latest KPIs and reconciliations.");
        admin.MapGet("/rate-limits", (StoreRegistry stores, OperationsTimeline timeline, Microsoft.Extensions.Options.IOptions<Configuration.HubSpotBudgetOptions> budget) =>
                TypedResults.Ok<IReadOnlyList<RateLimitSeries>>([.. stores.PortalIds.Select(p => new RateLimitSeries(p, budget.Value.RequestsPer10SecondsFor(p), timeline.Portal(p)))]))
            .WithName("GetRateLimitUsage")
            .WithTags("Admin: dashboard")
            .WithSummary("Per portal, HubSpot requests per 10 seconds against the budget over the last 30 minutes (sampled by this gateway).");
    }
}
