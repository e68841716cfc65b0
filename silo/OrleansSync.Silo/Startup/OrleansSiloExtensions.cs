using System.Net;
using System.Net.Sockets;
using Orleans.Configuration;
using Orleans.Dashboard;
using OrleansSync.Grains.Hosting;
using OrleansSync.Storage;
using OrleansSync.Storage.Orleans;

namespace OrleansSync.Silo.Startup;

public static class OrleansSiloExtensions
{
    /// <summary>
    /// Makes this process an Orleans silo of the OrleansSync grid: the schema migrated first (PostgreSQL), clustering,
    /// grain state and reminders on PostgreSQL — or localhost clustering and in-memory state when no database is
    /// configured — failover tuned, the domain grains, and the grid dashboard's data collection.
    /// </summary>
    public static WebApplicationBuilder AddOrleansSyncSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<SiloOptions>().Bind(configuration.GetSection(SiloOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var silo = configuration.GetSection(SiloOptions.SectionName).Get<SiloOptions>() ?? new SiloOptions();
        var grid = configuration.GetSection(GridOptions.SectionName).Get<GridOptions>() ?? new GridOptions();
        var cluster = new ClusterOptions { ClusterId = "orleanssync", ServiceId = "orleanssync" };
        configuration.GetSection("Orleans").Bind(cluster);

        builder.Services.AddHostedService<ReadyAnnouncer>();
        builder.Services.AddGridSchemaMigration(configuration); // before Orleans: its providers read their queries at start
        builder.UseOrleans(orleans =>
        {
            orleans.UseGridClustering(grid, cluster, silo.SiloPort, silo.GatewayPort);
            if (grid.UsesPostgres)
            {
                orleans.ConfigureEndpoints(AdvertisedAddress(silo), silo.SiloPort, silo.GatewayPort, listenOnAnyHostAddress: true);
            }

            orleans.UseGridPersistence(grid);
            orleans.Configure<ClusterMembershipOptions>(FailoverDefaults.Apply);
            orleans.Configure<ClusterMembershipOptions>(configuration.GetSection("Orleans:Membership"));
            orleans.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = FailoverDefaults.ResponseTimeout);
            orleans.Configure<SiloMessagingOptions>(configuration.GetSection("Orleans:Messaging"));

            // One-shot domain reminders tick once per period until handled, and the effect-retry reminder period is
            // Grains:EffectRetryPeriod (15 s): both need less than Orleans' 1-minute default minimum.
            orleans.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(10));
            orleans.AddDashboard();
        });
        builder.Services.AddOrleansSyncDomain(configuration);
        builder.Services.AddProblemDetails(); // UseExceptionHandler needs it, with or without the gateway
        builder.Services.AddHealthChecks().AddCheck<Health.SiloHealthCheck>("silo", tags: ["ready"]);
        return builder;
    }

    /// <summary>/health/live (the process answers) and /health/ready (this silo is an active cluster member).</summary>
    public static WebApplication MapSiloHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        return app;
    }

    private static IPAddress AdvertisedAddress(SiloOptions silo)
    {
        if (!string.IsNullOrWhiteSpace(silo.AdvertisedAddress))
        {
            return IPAddress.TryParse(silo.AdvertisedAddress, out var ip) ? ip : Dns.GetHostAddresses(silo.AdvertisedAddress).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        }

        return Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)) ?? IPAddress.Loopback;
    }
}
