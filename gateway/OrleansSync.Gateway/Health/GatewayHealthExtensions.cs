using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansSync.Gateway.Health;

public static class GatewayHealthExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>Readiness checks of the standalone gateway: the delivery queue answers and the Orleans cluster answers.</summary>
    public static IServiceCollection AddGatewayHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DeliveryQueueHealthCheck>("delivery-queue", tags: [ReadyTag])
            .AddCheck<OrleansClusterHealthCheck>("orleans-cluster", tags: [ReadyTag]);
        return services;
    }

    /// <summary><c>/health/live</c> (the process serves requests) and <c>/health/ready</c> (every readiness check passes; JSON naming each check).</summary>
    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = ReadinessReportWriter.WriteAsync,
        });
        return endpoints;
    }
}
