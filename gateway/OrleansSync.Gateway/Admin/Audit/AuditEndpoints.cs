using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Operations;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Admin.Audit;

internal static class AuditEndpoints
{
    public static void MapAudit(this RouteGroupBuilder admin) =>
        admin.MapGet("/audit", async ([FromServices] IAdminAuditLog actions, IErasureAuditLog erasures, IOptions<AdminOptions> options, CancellationToken cancellationToken) =>
                TypedResults.Ok(new AuditTrail(await actions.ListAsync(options.Value.MaxPageSize, cancellationToken), await erasures.ListAsync(options.Value.MaxPageSize, cancellationToken))))
            .WithName("GetAuditTrail")
            .WithTags("Admin: audit")
            .WithSummary("Admin actions (who, what, when, outcome) and GDPR erasures, newest first.");
}
