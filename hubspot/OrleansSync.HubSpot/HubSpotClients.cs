using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.HubSpot.Client;
using OrleansSync.HubSpot.Client.Resilience;
using OrleansSync.HubSpot.Diagnostics;

namespace OrleansSync.HubSpot;

/// <summary>
/// One <see cref="HubSpotClient"/> per HubSpot portal, each with its own token (<see cref="HubSpotClientOptions.Portals"/>)
/// and its own rate limiter and resilience pipeline, since HubSpot limits each portal (private app) separately.
/// </summary>
public sealed class HubSpotClients(IServiceProvider services, IOptions<HubSpotClientOptions> options)
{
    private readonly ConcurrentDictionary<string, HubSpotClient> _clients = new(StringComparer.Ordinal);

    public HubSpotClient For(string portalId) => _clients.GetOrAdd(portalId, Create);

    /// <summary>A schema bootstrapper that writes through the portal's own client.</summary>
    public Bootstrap.HubSpotSchemaBootstrapper BootstrapperFor(string portalId) =>
        new(For(portalId), services.GetRequiredService<ILogger<Bootstrap.HubSpotSchemaBootstrapper>>());

    private HubSpotClient Create(string portalId)
    {
        var portal = options.Value.ForPortal(portalId);
        var time = services.GetRequiredService<TimeProvider>();
        var metrics = services.GetRequiredService<HubSpotClientMetrics>();
        var limiter = new HubSpotRateLimiter(portal.EffectiveRequestsPerInterval, portal.RateLimitInterval, time);
        var pipeline = HubSpotPipelineFactory.Create(portal, limiter, metrics, time);
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(HubSpotClients));
        http.BaseAddress = new Uri(portal.BaseUrl.AbsoluteUri.TrimEnd('/') + "/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", portal.AccessToken);
        http.Timeout = Timeout.InfiniteTimeSpan;
        return new HubSpotClient(http, pipeline, portal, metrics, services.GetRequiredService<ILogger<HubSpotClient>>());
    }
}
