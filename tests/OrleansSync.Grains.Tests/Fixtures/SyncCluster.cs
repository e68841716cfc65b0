using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Hosting;
using OrleansSync.Grains.Mapping;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Storage;
using OrleansSync.Runtime.Testing;

namespace OrleansSync.Grains.Tests.Fixtures;

/// <summary>The domain on a PostgreSQL test cluster, writing to a HubSpot sandbox over real HTTP.</summary>
public sealed class SyncCluster : IAsyncDisposable
{
    public const string PortalId = "1000001";

    private SyncCluster(RunningSandbox sandbox, TestCluster cluster, IConfiguration configuration)
    {
        Sandbox = sandbox;
        Cluster = cluster;
        Configuration = configuration;
    }

    public RunningSandbox Sandbox { get; }

    public TestCluster Cluster { get; }

    public IConfiguration Configuration { get; }

    public HubSpotView HubSpot => new(Sandbox.DefaultPortal);

    public static async Task<SyncCluster> StartAsync(int silos = 1, IReadOnlyDictionary<string, string?>? settings = null, bool bootstrap = true)
    {
        var sandbox = await HubSpotSandboxHost.StartAsync(new SandboxOptions { Portals = { new SandboxPortalOptions { RequestsPerInterval = 100_000 } } }, CancellationToken.None);
        var values = new Dictionary<string, string?>
        {
            ["HubSpotDispatch:Portals:0"] = PortalId,
            ["HubSpotDispatch:DiscoverPortals"] = "false",
            ["HubSpotDispatch:PollInterval"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        try
        {
            return await StartClusterAsync(sandbox, values, silos, bootstrap);
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    private static async Task<SyncCluster> StartClusterAsync(RunningSandbox sandbox, Dictionary<string, string?> values, int silos, bool bootstrap)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        if (bootstrap)
        {
            // As at install time: the schema exists before any silo drains, so owners never race to create the pipeline.
            await using var provider = HubSpotServices(sandbox);
            var mapping = new SyncMappingOptions();
            configuration.GetSection(SyncMappingOptions.SectionName).Bind(mapping);
            await provider.GetRequiredService<HubSpotSchemaBootstrapper>().RunAsync(DomainSchema.Create(mapping), CancellationToken.None);
        }

        var cluster = await TestCluster.StartAsync(new TestClusterOptions
        {
            Provider = GridProvider.Postgres,
            ShardCount = 16,
            ConfigureSilo = services =>
            {
                services.AddHubSpotClient(o => Configure(o, sandbox));
                services.AddOrleansSyncDomain(configuration);
            },
        }, silos);
        return new SyncCluster(sandbox, cluster, configuration);
    }

    public static ServiceProvider HubSpotServices(RunningSandbox sandbox)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubSpotClient(o => Configure(o, sandbox));
        return services.BuildServiceProvider();
    }

    public async Task PostAsync(IEnumerable<object> events)
    {
        foreach (var chunk in events.Chunk(200))
        {
            await Cluster.Client.PostManyAsync([.. chunk.Select(e => new GrainMessage(GrainRouting.Route(e), e))]);
        }
    }

    /// <summary>Waits until the inbox is empty and the portal's outbox holds nothing but rows <paramref name="leftover"/> accepts.</summary>
    public async Task SettleAsync(TimeSpan? timeout = null, Func<OutboxEntry, bool>? leftover = null)
    {
        var stats = Cluster.GetService<IGridStatisticsReader>();
        var outbox = Cluster.GetService<IOutboxStore>();
        var quiet = 0;
        await TestCluster.WaitUntilAsync(async () =>
        {
            var inbox = (await stats.ReadAsync(Cluster.Clock.GetUtcNow(), CancellationToken.None)).InboxDepth;
            var rows = await outbox.ReadAsync(ObjectKeys.Channel(PortalId), 1000, CancellationToken.None);
            quiet = inbox == 0 && rows.All(r => leftover?.Invoke(r) == true) ? quiet + 1 : 0;
            return quiet >= 5;
        }, timeout ?? TimeSpan.FromSeconds(90), $"an empty inbox and an empty outbox for portal {PortalId}");
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    private static void Configure(HubSpotClientOptions options, RunningSandbox sandbox)
    {
        options.BaseUrl = sandbox.BaseUrl;
        options.AccessToken = sandbox.AccessToken;
        options.RequestsPerInterval = 100_000;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
    }
}
