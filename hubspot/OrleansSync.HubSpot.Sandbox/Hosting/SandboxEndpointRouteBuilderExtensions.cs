using Microsoft.AspNetCore.Routing;
using OrleansSync.HubSpot.Sandbox.Hosting;

namespace OrleansSync.HubSpot.Sandbox;

public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>Maps HubSpot's API paths (v3/v4 and date-versioned) and the <c>/_sandbox</c> inspection API.</summary>
    public static IEndpointRouteBuilder MapHubSpotSandbox(this IEndpointRouteBuilder endpoints)
    {
        ApiRoutes.Map(endpoints);
        InspectionRoutes.Map(endpoints);
        return endpoints;
    }
}
