using OrleansSync.Runtime.Health;
using OrleansSync.Runtime.Hosting;
using OrleansSync.Silo.Health;

namespace OrleansSync.Silo.Startup;

public static class SiloHostingExtensions
{
    /// <summary>The grid store chosen by configuration, a silo, and its health checks.</summary>
    public static WebApplicationBuilder AddGridRuntime(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StoreAnnouncer>();
        builder.Services.AddGridSilo(builder.Configuration);
        builder.Services.AddGridStore(builder.Configuration);
        builder.Services.AddOptions<StoreHealthOptions>().Bind(builder.Configuration.GetSection(StoreHealthOptions.SectionName));
        builder.Services.AddHealthChecks()
            .AddCheck<SiloHealthCheck>("silo", tags: ["ready"])
            .AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return builder;
    }

    /// <summary>/health/live (the process answers) and /health/ready (the silo runs shards).</summary>
    public static WebApplication MapSiloHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        return app;
    }
}
