using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Operations;
using OrleansSync.Contracts.Portals;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Hosting;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Messaging;
using OrleansSync.Grains.Portals;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Storage;
using OrleansSync.Storage.DeadLetters;
using OrleansSync.Storage.Operations;
using OrleansSync.Storage.Orleans;
using OrleansSync.Testing;

namespace OrleansSync.Grains.Tests.Fixtures;

/// <summary>
/// The domain on an Orleans TestingHost cluster (in-process silos) with grain state and reminders in a fresh PostgreSQL
/// database through Orleans' ADO.NET providers, writing to a HubSpot sandbox over real HTTP. Business time is manual.
/// </summary>
public sealed class SyncCluster : IAsyncDisposable
{
    public const string PortalId = "1000001";

    private readonly bool _fireReminders;

    private SyncCluster(RunningSandbox sandbox, TestDatabase database, InProcessTestCluster cluster, IConfiguration configuration, ManualTimeProvider clock, bool fireReminders)
    {
        _fireReminders = fireReminders;
        Sandbox = sandbox;
        Database = database;
        Cluster = cluster;
        Configuration = configuration;
        Clock = clock;
        DeadLetters = new PostgresDeadLetterStore(database.DataSource);
    }

    public RunningSandbox Sandbox { get; }

    public TestDatabase Database { get; }

    public InProcessTestCluster Cluster { get; }

    public IConfiguration Configuration { get; }

    /// <summary>The sync (business) clock of every silo.</summary>
    public ManualTimeProvider Clock { get; }

    public IDeadLetterStore DeadLetters { get; }

    public IGrainFactory Grains => Cluster.Client;

    public HubSpotView HubSpot => new(Sandbox.DefaultPortal);

    /// <param name="fireReminders">
    /// True (default): waiting for the grid also fires reminders whose time has come on the manual sync clock. False: only
    /// Orleans' own reminder service (ADO.NET on PostgreSQL, real time) fires them.
    /// </param>
    /// <param name="portal">Changes the sandbox portal's limits (e.g. a short window, so a 429 pauses briefly).</param>
    public static async Task<SyncCluster> StartAsync(
        int silos = 1, IReadOnlyDictionary<string, string?>? settings = null, bool bootstrap = true, bool fireReminders = true, Action<SandboxPortalOptions>? portal = null)
    {
        var portalOptions = new SandboxPortalOptions { RequestsPerInterval = 100_000 };
        portal?.Invoke(portalOptions);
        var sandbox = await HubSpotSandboxHost.StartAsync(new SandboxOptions { Portals = { portalOptions } }, CancellationToken.None);
        var values = new Dictionary<string, string?>
        {
            ["HubSpotDispatch:PollInterval"] = "00:00:00.050",
            ["Grains:EffectRetryPeriod"] = "00:00:10",
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

        TestDatabase? database = null;
        try
        {
            database = await TestDatabase.CreateAsync("grains");
            return await StartClusterAsync(sandbox, database, values, silos, bootstrap, fireReminders);
        }
        catch
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }

            await sandbox.DisposeAsync();
            throw;
        }
    }

    private static async Task<SyncCluster> StartClusterAsync(RunningSandbox sandbox, TestDatabase database, Dictionary<string, string?> values, int silos, bool bootstrap, bool fireReminders)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        if (bootstrap)
        {
            // As at install time: the schema exists before the portal's grain first drains.
            await using var provider = HubSpotServices(sandbox);
            var mapping = new SyncMappingOptions();
            configuration.GetSection(SyncMappingOptions.SectionName).Bind(mapping);
            await provider.GetRequiredService<HubSpotSchemaBootstrapper>().RunAsync(DomainSchema.Create(mapping), CancellationToken.None);
        }

        var clock = new ManualTimeProvider();
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) => ConfigureSilo(silo, sandbox, database, configuration, clock));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new SyncCluster(sandbox, database, cluster, configuration, clock, fireReminders);
    }

    /// <summary>
    /// Starts a second, separate Orleans cluster on the same database and service id. The same grain can then be active in
    /// both at once — as two activations can be during membership changes or a process stall.
    /// </summary>
    public async Task<InProcessTestCluster> StartSecondClusterAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = Cluster.Options.ServiceId;
        builder.ConfigureSilo((_, silo) => ConfigureSilo(silo, Sandbox, Database, Configuration, Clock));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private static void ConfigureSilo(ISiloBuilder silo, RunningSandbox sandbox, TestDatabase database, IConfiguration configuration, ManualTimeProvider clock)
    {
        silo.UseGridPersistence(new GridOptions { PostgresConnectionString = database.ConnectionString });
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(10));
        silo.Services.AddSingleton(new SyncClock(clock));
        silo.Services.AddSingleton<IDeadLetterStore>(_ => new PostgresDeadLetterStore(database.DataSource));
        silo.Services.AddSingleton<IStoreLedgerStore>(_ => new PostgresStoreLedgerStore(database.DataSource));
        silo.Services.AddHubSpotClient(o =>
        {
            configuration.GetSection(HubSpotClientOptions.SectionName).Bind(o);
            Configure(o, sandbox);
        });
        silo.Services.AddOrleansSyncDomain(configuration);
    }

    public static ServiceProvider HubSpotServices(RunningSandbox sandbox)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubSpotClient(o => Configure(o, sandbox));
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Hands events to their grains as the gateway does: in order per grain, each with its own delivery id, and a batch
    /// that got no answer (a silo died) is handed over again until a grain acknowledges it.
    /// </summary>
    public async Task PostAsync(IEnumerable<object> events)
    {
        foreach (var chunk in events.Chunk(200))
        {
            var byGrain = chunk.Select(e => (Target: GrainRouting.Route(e), Envelope: new GrainEnvelope(Guid.NewGuid().ToString("N"), e)))
                .GroupBy(p => p.Target);
            await Task.WhenAll(byGrain.Select(g => HandOverAsync(g.Key, [.. g.Select(p => p.Envelope)])));
        }
    }

    private async Task HandOverAsync(GrainIdentity target, IReadOnlyList<GrainEnvelope> envelopes)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Grains.Get(target).DeliverAsync(target, envelopes);
                return;
            }
            catch (Exception) when (attempt < 30)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * Math.Min(attempt, 10)));
            }
        }
    }

    /// <summary>
    /// Fires every reminder whose time has come on the sync clock (the grains check the clock; an early tick is ignored),
    /// as Orleans' reminder service would once real time caught up with the moved business time.
    /// </summary>
    public async Task FireDueRemindersAsync()
    {
        if (!_fireReminders)
        {
            return;
        }

        var table = Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<IReminderTable>();
        var rows = await table.ReadRows(0, uint.MaxValue);
        await Task.WhenAll(rows.Reminders.Select(r =>
            Grains.GetGrain<IRemindable>(r.GrainId).ReceiveReminder(r.ReminderName, new TickStatus(r.StartAt, r.Period, DateTime.UtcNow))));
    }

    /// <summary>Waits until no silo is handing effects on and the portal's queue holds nothing but records <paramref name="leftover"/> accepts.</summary>
    public async Task SettleAsync(TimeSpan? timeout = null, Func<string, bool>? leftover = null)
    {
        var quiet = 0;
        await Wait.UntilAsync(async () =>
        {
            await FireDueRemindersAsync();
            var effects = Cluster.Silos.Sum(s => Cluster.GetSiloServiceProvider(s.SiloAddress).GetRequiredService<EffectsInFlight>().Count);
            var queued = await Grains.GetGrain<IHubSpotPortalQueue>(PortalId).GetQueuedAsync();
            quiet = effects == 0 && queued.All(k => leftover?.Invoke(k) == true) ? quiet + 1 : 0;
            return quiet >= 5;
        }, timeout ?? TimeSpan.FromSeconds(90), $"no grain effects in flight and an empty queue for portal {PortalId}");
    }

    /// <summary>Like <see cref="SettleAsync"/>, but first waits for <paramref name="condition"/> (e.g. after a silo was killed, when effects come back only with the retry reminder).</summary>
    public async Task SettleUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null, Func<string>? describe = null)
    {
        await Wait.UntilAsync(async () =>
        {
            await FireDueRemindersAsync();
            try
            {
                return condition();
            }
            catch (Exception error) when (error is KeyNotFoundException or InvalidOperationException)
            {
                return false; // read the sandbox while it was changing; look again
            }
        }, timeout ?? TimeSpan.FromSeconds(90), what, describe);
        await SettleAsync();
    }

    /// <summary>Kills (no graceful shutdown) the silo the portal's grain runs on; it must not be the only silo.</summary>
    public async Task KillPortalSiloAsync()
    {
        var status = await Grains.GetGrain<IHubSpotPortalGrain>(PortalId).GetStatusAsync();
        var silo = Cluster.Silos.Single(s => status.Silo == s.SiloAddress.ToString() || status.Silo == s.SiloAddress.ToParsableString() || status.Silo.Contains(s.SiloAddress.Endpoint.ToString(), StringComparison.Ordinal));
        await Cluster.KillSiloAsync(silo);
    }

    /// <summary>The grain's stored record (JSON) as Orleans' ADO.NET provider wrote it to PostgreSQL.</summary>
    public async Task<JsonElement> StoredStateAsync(GrainIdentity grain)
    {
        await using var command = Database.DataSource.CreateCommand(
            "SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE graintypestring = @type AND grainidextensionstring = @key");
        command.Parameters.AddWithValue("type", grain.Type);
        command.Parameters.AddWithValue("key", GrainIdentity.OrleansKey(grain.Type, grain.Key));
        var json = (string?)await command.ExecuteScalarAsync();
        if (json is null)
        {
            await using var all = Database.DataSource.CreateCommand("SELECT string_agg(graintypestring || ' ' || coalesce(grainidextensionstring, '-'), ', ') FROM orleansstorage");
            throw new InvalidOperationException($"No stored state for {grain}; stored: {await all.ExecuteScalarAsync()}.");
        }

        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Sandbox.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static void Configure(HubSpotClientOptions options, RunningSandbox sandbox)
    {
        options.BaseUrl = sandbox.BaseUrl;
        options.AccessToken = sandbox.AccessToken;
        options.RequestsPerInterval = 100_000;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
    }
}
