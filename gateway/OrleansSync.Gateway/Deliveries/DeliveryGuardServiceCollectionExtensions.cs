using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Gateway.Deliveries;

public static class DeliveryGuardServiceCollectionExtensions
{
    /// <summary>
    /// Refusals before routing are kept too (<see cref="DeliveryGuardMiddleware"/>: 404 paths, 405, 415, 431). Kestrel's own
    /// header limits are raised to four times <see cref="GatewayOptions.MaxHeaderBytes"/> and 400 fields, so it is the
    /// gateway that answers, and keeps, a too-large header block; beyond those Kestrel still answers 431 by itself.
    /// </summary>
    public static IServiceCollection AddDeliveryGuard(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, DeliveryGuardStartupFilter>());
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<GatewayOptions>>((kestrel, gateway) =>
        {
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(kestrel.Limits.MaxRequestHeadersTotalSize, 4 * gateway.Value.MaxHeaderBytes);
            kestrel.Limits.MaxRequestHeaderCount = Math.Max(kestrel.Limits.MaxRequestHeaderCount, 400);
        });
        return services;
    }
}
