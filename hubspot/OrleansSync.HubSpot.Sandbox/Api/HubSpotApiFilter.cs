using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OrleansSync.HubSpot.Sandbox.Faults;
using OrleansSync.HubSpot.Sandbox.Inspection;
using OrleansSync.HubSpot.Sandbox.Portals;
using OrleansSync.HubSpot.Sandbox.RateLimiting;

namespace OrleansSync.HubSpot.Sandbox.Api;

/// <summary>
/// What HubSpot does around every API call, in order: bearer auth (401), scopes (403), rate limits (429 with the
/// policy name) and the rate-limit headers, then the injected faults, then the call log.
/// </summary>
internal sealed class HubSpotApiFilter(PortalRegistry portals, SandboxOptions options) : IEndpointFilter
{
    public const string PortalKey = "hubspot.portal";
    public const string InputsKey = "hubspot.inputs";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers["X-HubSpot-Correlation-Id"] = Guid.NewGuid().ToString();
        var portal = Authenticate(http);
        if (portal is null)
        {
            return HubSpotErrors.Result(StatusCodes.Status401Unauthorized, HubSpotErrors.Error(
                "INVALID_AUTHENTICATION",
                "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"));
        }

        http.Items[PortalKey] = portal;
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<ApiPolicy>() ?? new ApiPolicy(RateLimitPolicy.Standard, null);
        var missing = MissingScopes(portal, policy, http);
        if (missing.Count > 0)
        {
            return Log(portal, http, HubSpotErrors.Result(StatusCodes.Status403Forbidden, HubSpotErrors.Error(
                "MISSING_SCOPES", "This app hasn't been granted all required scopes to make this call.") with
            {
                Errors = [new ErrorDetailWire("One or more of the following scopes are required.", new() { ["requiredGranularScopes"] = missing })],
            }), null);
        }

        var (rejectedBy, fault) = Admit(portal, policy.Limits, http);
        if (rejectedBy is not null)
        {
            if (options.SendRetryAfterOn429)
            {
                var wait = portal.Limits.RetryAfter(rejectedBy, portal.Time.GetUtcNow());
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Log(portal, http, HubSpotErrors.Result(StatusCodes.Status429TooManyRequests, HubSpotErrors.RateLimited(rejectedBy)), rejectedBy);
        }

        if (await RefusesAsync(portal, http))
        {
            return Log(portal, http, HubSpotErrors.Result(StatusCodes.Status500InternalServerError, HubSpotErrors.Error(
                "INTERNAL_ERROR", "Internal error (the sandbox refuses a record of this call).")), null);
        }

        if (portal.Faults.AddedLatency > TimeSpan.Zero)
        {
            await Task.Delay(portal.Faults.AddedLatency, portal.Time, http.RequestAborted);
        }

        switch (fault)
        {
            case InjectedFault.Timeout:
                await Task.Delay(portal.Faults.TimeoutDuration, portal.Time, http.RequestAborted);
                return Log(portal, http, ServerError(StatusCodes.Status504GatewayTimeout), null);
            case InjectedFault.ServerErrorBeforeWrite:
                return Log(portal, http, ServerError(StatusCodes.Status502BadGateway), null);
            case InjectedFault.ServerErrorAfterWrite:
                await next(context);
                return Log(portal, http, ServerError(StatusCodes.Status503ServiceUnavailable), null);
            default:
                return Log(portal, http, await next(context), null);
        }
    }

    private SandboxPortal? Authenticate(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? portals.FindByToken(header[7..].Trim()) : null;
    }

    private static List<string> MissingScopes(SandboxPortal portal, ApiPolicy policy, HttpContext http)
    {
        if (portal.Options.Scopes is not { } granted || policy.Scope is null)
        {
            return [];
        }

        var required = new List<string>();
        foreach (var key in (string[])["objectType", "fromType", "toType"])
        {
            if (http.Request.RouteValues.TryGetValue(key, out var value) && Objects.ObjectType.Find(value as string) is { } type)
            {
                required.Add(policy.Scope.Replace("{type}", type.Name, StringComparison.Ordinal));
            }
        }

        if (!policy.Scope.Contains("{type}", StringComparison.Ordinal))
        {
            required.Add(policy.Scope);
        }

        return [.. required.Distinct().Where(s => !granted.Contains(s))];
    }

    private static (string? RejectedBy, InjectedFault Fault) Admit(SandboxPortal portal, RateLimitPolicy policy, HttpContext http)
    {
        lock (portal.Gate)
        {
            var now = portal.Time.GetUtcNow();
            string? rejectedBy;
            if (portal.Faults.Pending429Burst > 0 && policy != RateLimitPolicy.Search)
            {
                portal.Faults.Pending429Burst--;
                rejectedBy = "TEN_SECONDLY_ROLLING";
            }
            else
            {
                rejectedBy = portal.Limits.TryAcquire(policy, now);
            }

            if (policy != RateLimitPolicy.Search)
            {
                portal.Limits.WriteHeaders(http.Response.Headers, now);
            }

            if (rejectedBy is not null)
            {
                return (rejectedBy, InjectedFault.None);
            }

            var faults = portal.Faults;
            var roll = portal.Dice.NextDouble();
            var fault = roll < faults.TimeoutRate ? InjectedFault.Timeout
                : roll < faults.TimeoutRate + faults.ServerErrorRate
                    ? (portal.Dice.Next(2) == 0 ? InjectedFault.ServerErrorBeforeWrite : InjectedFault.ServerErrorAfterWrite)
                    : InjectedFault.None;
            return (null, fault);
        }
    }

    /// <summary>Reads the body once (buffered, so the endpoint reads it again) when a refused-record pattern is set.</summary>
    private static async Task<bool> RefusesAsync(SandboxPortal portal, HttpContext http)
    {
        if (portal.Faults.RefuseRecordsMatching is null || http.Request.ContentLength is 0 || HttpMethods.IsGet(http.Request.Method))
        {
            return false;
        }

        http.Request.EnableBuffering();
        using var reader = new StreamReader(http.Request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        http.Request.Body.Position = 0;
        return portal.Faults.Refuses(body);
    }

    private static IResult ServerError(int status) =>
        HubSpotErrors.Result(status, HubSpotErrors.Error("INTERNAL_ERROR", "Internal error (injected by the sandbox)."));

    private static object? Log(SandboxPortal portal, HttpContext http, object? result, string? policyName)
    {
        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : result is NoContent ? 204 : 200;
        var inputs = http.Items.TryGetValue(InputsKey, out var n) && n is int count ? count : 0;
        portal.CallLog.Add(new SandboxCall(portal.Time.GetUtcNow(), http.Request.Method, http.Request.Path.Value ?? "", status, policyName, inputs));
        return result;
    }
}
