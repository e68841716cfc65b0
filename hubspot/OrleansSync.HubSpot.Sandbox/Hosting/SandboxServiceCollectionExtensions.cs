using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Hosting;
using OrleansSync.HubSpot.Sandbox.Portals;
using OrleansSync.HubSpot.Sandbox.Webhooks;

namespace OrleansSync.HubSpot.Sandbox;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>Registers the sandbox, its options bound from the <c>Sandbox</c> section.</summary>
    public static IServiceCollection AddHubSpotSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new SandboxOptions();
        configuration.GetSection(SandboxOptions.SectionName).Bind(options);
        return services.AddHubSpotSandbox(options);
    }

    /// <summary>Registers the sandbox with the given options (the instance is used as is).</summary>
    public static IServiceCollection AddHubSpotSandbox(this IServiceCollection services, SandboxOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<PortalRegistry>();
        services.AddHttpClient<WebhookSender>(client => client.Timeout = TimeSpan.FromSeconds(5));
        services.AddHostedService<SandboxBanner>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, SandboxJsonContext.Default));
        return services;
    }
}
