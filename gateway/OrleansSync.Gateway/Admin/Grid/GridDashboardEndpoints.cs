using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Dashboard;

namespace OrleansSync.Gateway.Admin.Grid;

public static class GridDashboardEndpoints
{
    /// <summary>Where the Orleans dashboard is served.</summary>
    public const string Path = "/admin/grid";

    /// <summary>The admin-token authentication and the policy the dashboard requires (<see cref="GridDashboardAuthentication"/>).</summary>
    public static IServiceCollection AddGridDashboardAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, GridDashboardAuthentication>(GridDashboardAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(GridDashboardAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(GridDashboardAuthentication.SchemeName)
            .RequireAuthenticatedUser());
        return services;
    }

    /// <summary>
    /// The Orleans dashboard (silos, grain types and activations, calls, reminders) under <see cref="Path"/>, for admins
    /// only. Needs the dashboard's services: <c>AddDashboard()</c> on the silo, or on the standalone gateway's Orleans client.
    /// </summary>
    public static IEndpointRouteBuilder MapGridDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOrleansDashboard(Path)
            .RequireAuthorization(GridDashboardAuthentication.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ExcludeFromDescription();
        return endpoints;
    }
}
