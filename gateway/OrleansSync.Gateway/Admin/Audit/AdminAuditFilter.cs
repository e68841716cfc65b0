using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using OrleansSync.Contracts.Operations;
using OrleansSync.Gateway.Admin.DeadLetters;
using OrleansSync.Gateway.Admin.Gdpr;

namespace OrleansSync.Gateway.Admin.Audit;

/// <summary>
/// Writes an admin action to the audit trail once it has run: who (how the token was presented, and from which address),
/// what (<see cref="AuditedAction"/>), on what (the route's id, or what the answer names), and the answer's status. Runs
/// after the admin token filter, so refused requests are not actions (they are logged by that filter).
/// </summary>
internal sealed class AdminAuditFilter(AdminCredentials credentials, IAdminAuditLog audit, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<AuditedAction>() is not { } action)
        {
            return await next(context);
        }

        var actor = $"{credentials.Describe(http.Request) ?? "unknown"} from {http.Connection.RemoteIpAddress?.ToString() ?? "?"}";
        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await audit.RecordAsync(time.GetUtcNow(), actor, action.Action, RouteTarget(http), $"500 failed ({error.GetType().Name})", CancellationToken.None);
            throw;
        }

        var inner = Unwrap(result);
        var status = (inner as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        await audit.RecordAsync(time.GetUtcNow(), actor, action.Action, Target(inner) ?? RouteTarget(http), $"{status} {ReasonPhrases.GetReasonPhrase(status)}", CancellationToken.None);
        return result;
    }

    private static object? Unwrap(object? result) => result is INestedHttpResult nested ? Unwrap(nested.Result) : result;

    private static string? RouteTarget(HttpContext http) => http.GetRouteValue("id") is { } id ? $"dead letter {id}" : null;

    /// <summary>What the answer says the action was done to; never an email.</summary>
    private static string? Target(object? result) => (result as IValueHttpResult)?.Value switch
    {
        DeadLetterAction done => $"dead letter {done.Id}",
        EraseAccepted erase => $"erase request {erase.RequestId} (portals {string.Join(", ", erase.PortalIds)})",
        IReadOnlyList<ReconciliationReport> reports => string.Join("; ", reports.Select(r => $"portal {r.PortalId} day {r.Day:yyyy-MM-dd}")),
        IReadOnlyList<DataQualityReport> kpis => string.Join("; ", kpis.Select(r => $"portal {r.PortalId}")),
        _ => null,
    };
}
