using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using System.Net.Http.Headers;
using OrleansSync.HubSpot.Bootstrap;
using OrleansSync.HubSpot.Client;
using OrleansSync.HubSpot.Client.Resilience;
using OrleansSync.HubSpot.Diagnostics;

namespace OrleansSync.HubSpot;

public static class HubSpotServiceCollectionExtensions
{
    /// <summary>Registers <see cref="HubSpotClient"/> with options from the <c>HubSpot</c> section, validated at start-up.</summary>
    public static IServiceCollection AddHubSpotClient(this IServiceCollection services, IConfiguration configuration) =>
        services.AddHubSpotClient(options => configuration.GetSection(HubSpotClientOptions.SectionName).Bind(options));

    /// <summary>Registers <see cref="HubSpotClient"/> (typed HttpClient, Polly pipeline, rate limiter, metrics).</summary>
    public static IServiceCollection AddHubSpotClient(this IServiceCollection services, Action<HubSpotClientOptions> configure)
    {
        services.AddOptions<HubSpotClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotClientOptions>, HubSpotClientOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HubSpotClientMetrics>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<HubSpotClientOptions>>().Value;
            return new HubSpotRateLimiter(options.EffectiveRequestsPerInterval, options.RateLimitInterval, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(sp => HubSpotPipelineFactory.Create(
            sp.GetRequiredService<IOptions<HubSpotClientOptions>>().Value,
            sp.GetRequiredService<HubSpotRateLimiter>(),
            sp.GetRequiredService<HubSpotClientMetrics>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient(nameof(HubSpotClient), (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<HubSpotClientOptions>>().Value;
                http.BaseAddress = new Uri(options.BaseUrl.AbsoluteUri.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddTypedClient((http, sp) => new HubSpotClient(
                http,
                sp.GetRequiredService<Polly.ResiliencePipeline<HubSpotResponse>>(),
                sp.GetRequiredService<IOptions<HubSpotClientOptions>>().Value,
                sp.GetRequiredService<HubSpotClientMetrics>(),
                sp.GetRequiredService<ILogger<HubSpotClient>>()));
        services.AddHttpClient(nameof(HubSpotClients));
        services.TryAddSingleton<HubSpotClients>();
        services.TryAddTransient<HubSpotSchemaBootstrapper>();
        return services;
    }
}
