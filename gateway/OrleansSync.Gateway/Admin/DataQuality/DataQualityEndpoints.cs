using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansSync.Contracts.Operations;
using OrleansSync.Gateway.Admin.Audit;
using OrleansSync.Gateway.Stores;

namespace OrleansSync.Gateway.Admin.DataQuality;

internal static class DataQualityEndpoints
{
    public static void MapDataQuality(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/kpis").WithTags("Admin: data quality");
        group.MapGet("/", async (IGrainFactory grains, StoreRegistry stores) =>
                TypedResults.Ok<IReadOnlyList<DataQualityReport>>([.. (await Task.WhenAll(stores.PortalIds.Select(p => grains.GetGrain<IDataQualityGrain>(p).GetLatestAsync()))).OfType<DataQualityReport>()]))
            .WithName("GetDataQuality")
            .WithSummary("The latest data-quality KPIs of each portal against the seeds' bars (measured every 15 minutes, or on demand).");
        group.MapPost("/measure", async (IGrainFactory grains, StoreRegistry stores) =>
                TypedResults.Ok<IReadOnlyList<DataQualityReport>>(await Task.WhenAll(stores.PortalIds.Select(p => grains.GetGrain<IDataQualityGrain>(p).MeasureAsync(stores.StoresOfPortals)))))
            .WithName("MeasureDataQuality")
            .WithSummary("Measures every portal's data-quality KPIs now (reads HubSpot).")
            .WithMetadata(new AuditedAction("kpi.measure"));
    }
}
