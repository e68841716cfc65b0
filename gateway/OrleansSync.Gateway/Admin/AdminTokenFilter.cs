using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Admin;

/// <summary>Lets an admin API request through only with the admin token (<see cref="AdminCredentials"/>); else 401 problem details.</summary>
internal sealed class AdminTokenFilter(AdminCredentials credentials, ILogger<AdminTokenFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (credentials.Present(context.HttpContext.Request))
        {
            return await next(context);
        }

        GatewayLog.AdminRefused(logger, context.HttpContext.Request.Path);
        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(
            "The admin API needs the header 'Authorization: Bearer <Gateway:Admin:Token>'.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Admin token required",
            type: ProblemTypes.Unauthorized);
    }
}
