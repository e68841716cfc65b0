using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.Diagnostics;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Runtime.Hosting;

public static class GridClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers what a gateway needs to post to grains: <see cref="IGrainClient"/> and the grid options
    /// (section "Grid"). A storage provider must be registered too.
    /// </summary>
    public static IServiceCollection AddGridClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GridOptions>().Bind(configuration.GetSection(GridOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GridSerializer>();
        services.TryAddSingleton<GridMetrics>();
        services.TryAddSingleton<IGrainClient>(sp => new GrainClient(
            new BatchingInboxStore(sp.GetRequiredService<Storage.IInboxStore>()),
            sp.GetRequiredService<GridSerializer>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GridOptions>>()));
        return services;
    }
}
