using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Gateway.Admin.Connectors;
using OrleansSync.Gateway.Admin.Audit;
using OrleansSync.Gateway.Admin.Backfills;
using OrleansSync.Gateway.Admin.DataQuality;
using OrleansSync.Gateway.Admin.DeadLetters;
using OrleansSync.Gateway.Admin.Deliveries;
using OrleansSync.Gateway.Admin.Gdpr;
using OrleansSync.Gateway.Admin.Grid;
using OrleansSync.Gateway.Admin.Overview;
using OrleansSync.Gateway.Admin.Reconciliation;
using OrleansSync.Gateway.Admin.Status;
using OrleansSync.Gateway.Dashboard;

namespace OrleansSync.Gateway.Admin;

public static class AdminEndpoints
{
    /// <summary>
    /// The admin API under <c>/admin</c>, the operations dashboard (<c>/admin/dashboard</c>) and the grid dashboard under <c>/admin/grid</c>; every endpoint requires the admin
    /// token (<c>Authorization: Bearer {Gateway:Admin:Token}</c>, or HTTP Basic with the token as password).
    /// </summary>
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin")
            .AddEndpointFilter<AdminTokenFilter>()
            .AddEndpointFilter<AdminAuditFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        admin.MapGet("/status", async (ClusterStatusReader status, CancellationToken cancellationToken) => TypedResults.Ok(await status.ReadAsync(cancellationToken)))
            .WithName("GetClusterStatus")
            .WithTags("Admin: status")
            .WithSummary("Live silos, pending deliveries (total, per store, oldest age), dead letters, and per HubSpot portal its grain's status, rate-limit headroom and ETA to drain.");
        admin.MapDeadLetters();
        admin.MapKeptDeliveries();
        admin.MapGdpr();
        admin.MapConnectors();
        admin.MapOverview();
        admin.MapReconciliation();
        admin.MapDataQuality();
        admin.MapBackfills();
        admin.MapAudit();
        endpoints.MapGridDashboard();
        endpoints.MapDashboard();
        return endpoints;
    }
}
