using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OrleansSync.Stores.Http;

public static class StoreHttpServiceCollectionExtensions
{
    /// <summary>
    /// A named client for a store platform's REST API: its calls go through the shared <see cref="StoreResiliencePipeline"/>
    /// (section <c>StoreHttp</c> when the host has a configuration, else the defaults) and the whole call, retries included,
    /// is bounded by <see cref="StoreHttpOptions.TotalTimeout"/>.
    /// </summary>
    public static IHttpClientBuilder AddStoreHttpClient(this IServiceCollection services, string name)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StoreHttpOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreHttpOptions>>(
            new DataAnnotationValidateOptions<StoreHttpOptions>(Options.DefaultName)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<StoreHttpOptions>, StoreHttpConfiguration>());
        services.TryAddKeyedSingleton(StoreHttpOptions.SectionName, (sp, _) =>
            StoreResiliencePipeline.Create(sp.GetRequiredService<IOptions<StoreHttpOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        return services
            .AddHttpClient(name, (sp, http) => http.Timeout = sp.GetRequiredService<IOptions<StoreHttpOptions>>().Value.TotalTimeout)
            .AddHttpMessageHandler(sp => new StoreResilienceHandler(sp.GetRequiredKeyedService<Polly.ResiliencePipeline<HttpResponseMessage>>(StoreHttpOptions.SectionName)));
    }

    /// <summary>Binds <c>StoreHttp</c> from the host's configuration, when there is one (bare service collections in tests have none).</summary>
    private sealed class StoreHttpConfiguration(IServiceProvider services) : IConfigureOptions<StoreHttpOptions>
    {
        public void Configure(StoreHttpOptions options) =>
            services.GetService<IConfiguration>()?.GetSection(StoreHttpOptions.SectionName).Bind(options);
    }
}
