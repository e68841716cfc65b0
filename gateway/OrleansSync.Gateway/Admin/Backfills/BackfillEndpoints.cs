using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OrleansSync.Gateway.Admin.Backfills;

internal static class BackfillEndpoints
{
    public static void MapBackfills(this RouteGroupBuilder admin) =>
        admin.MapGet("/backfills", async (IBackfillProgressSource source, CancellationToken cancellationToken) => TypedResults.Ok(await source.ReadAsync(cancellationToken)))
            .WithName("ListBackfills")
            .WithTags("Admin: dashboard")
            .WithSummary("Backfill progress per store and resource: store, resource, done, total, rate, eta, state, error (empty until a store connector registers its source).");
}
