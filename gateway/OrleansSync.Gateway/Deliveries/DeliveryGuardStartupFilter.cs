using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Puts <see cref="DeliveryGuardMiddleware"/> first in whichever host serves the gateway (standalone or a co-hosting
/// silo), so its refusals happen before routing, status-code pages or anything else can answer.
/// </summary>
internal sealed class DeliveryGuardStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<DeliveryGuardMiddleware>();
        next(app);
    };
}
