using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Admin;

/// <summary>Lets an admin request through only with <c>Authorization: Bearer {Gateway:Admin:Token}</c> (constant-time check).</summary>
internal sealed class AdminTokenFilter(IOptions<AdminOptions> options, ILogger<AdminTokenFilter> logger) : IEndpointFilter
{
    private readonly byte[] _token = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Token));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim())), _token))
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
