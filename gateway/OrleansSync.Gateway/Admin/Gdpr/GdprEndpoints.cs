using System.Net.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Stores;

namespace OrleansSync.Gateway.Admin.Gdpr;

internal static class GdprEndpoints
{
    public static void MapGdpr(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/gdpr/erasures").WithTags("Admin: GDPR");
        group.MapPost("/", EraseAsync)
            .WithName("EraseCustomer")
            .WithSummary("Erases a person by email: local state, reminders, HubSpot contact (GDPR delete), kept deliveries; writes an audit record.")
            .WithMetadata(new Audit.AuditedAction("gdpr.erase"));
        group.MapGet("/", async (IErasureAuditLog audit, IOptions<AdminOptions> options, CancellationToken cancellationToken) =>
                TypedResults.Ok(await audit.ListAsync(options.Value.MaxPageSize, cancellationToken)))
            .WithName("ListErasures")
            .WithSummary("The erase audit trail, newest first (emails appear only as SHA-256 hashes).");
    }

    private static async Task<Results<Accepted<EraseAccepted>, ProblemHttpResult>> EraseAsync(
        EraseRequest request, CustomerEraser eraser, StoreRegistry stores, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email) || !MailAddress.TryCreate(request.Email.Trim(), out _))
        {
            errors["email"] = ["A valid email address is required."];
        }

        if (string.IsNullOrWhiteSpace(request.RequestedBy))
        {
            errors["requestedBy"] = ["Say who asks (operator or ticket) for the audit trail."];
        }

        if (request.PortalId is { } portal && !stores.PortalIds.Contains(portal))
        {
            errors["portalId"] = [$"No configured store syncs to portal '{portal}'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.Problem(
                "The erase request is invalid.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid erase request", type: ProblemTypes.InvalidEvent,
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }

        IReadOnlyList<string> portals = request.PortalId is { } only ? [only] : stores.PortalIds;
        var accepted = await eraser.EraseAsync(request.Email!, portals, request.RequestedBy!.Trim(), request.Reason, cancellationToken);
        return TypedResults.Accepted($"/admin/gdpr/erasures/{accepted.RequestId}", accepted);
    }
}
