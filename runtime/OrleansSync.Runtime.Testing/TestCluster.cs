using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Shards;
using OrleansSync.Runtime.Hosting;
using OrleansSync.Runtime.InMemory;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Testing;

/// <summary>
/// Our TestingHost: N silos in one test process over one store (a shared in-memory store, or one PostgreSQL
/// schema reached through a data source per silo, as separate processes would). Time for grains is a
/// <see cref="ManualTimeProvider"/>; faults are injected through <see cref="Faults"/>.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly TestClusterOptions _options;
    private readonly InMemoryGridStore? _memory;
    private readonly string _schema = TestPostgres.NewSchema("grid");
    private readonly List<TestSilo> _silos = [];
    private int _siloCounter;

    private TestCluster(TestClusterOptions options)
    {
        _options = options;
        _memory = options.Provider == GridProvider.InMemory ? new InMemoryGridStore(Faults) { ShardCount = options.ShardCount } : null;
        ClientHost = BuildHost(services => services.AddGridClient(Configuration(null)));
        Client = ClientHost.Services.GetRequiredService<IGrainClient>();
    }

    public ManualTimeProvider Clock { get; } = new();

    public TestCommitFaults Faults { get; } = new();

    /// <summary>A gateway-like process that only posts and reads.</summary>
    public IHost ClientHost { get; }

    public IGrainClient Client { get; }

    public IReadOnlyList<TestSilo> Silos => _silos;

    public IEnumerable<TestSilo> RunningSilos => _silos.Where(s => s.IsRunning);

    public int ShardCount => _options.ShardCount;

    public string Schema => _schema;

    public static async Task<TestCluster> StartAsync(TestClusterOptions options, int silos = 1)
    {
        var cluster = new TestCluster(options);
        await cluster.ClientHost.StartAsync();
        for (var i = 0; i < silos; i++)
        {
            await cluster.StartAdditionalSiloAsync();
        }

        if (silos > 0)
        {
            await cluster.WaitForStabilizationAsync();
        }

        return cluster;
    }

    public T GetService<T>()
        where T : notnull => ClientHost.Services.GetRequiredService<T>();

    public async Task<TestSilo> StartAdditionalSiloAsync(Action<IServiceCollection>? configure = null)
    {
        var siloId = $"silo-{Interlocked.Increment(ref _siloCounter)}";
        var host = BuildHost(services =>
        {
            services.AddGridSilo(Configuration(siloId));
            _options.ConfigureSilo(services);
            configure?.Invoke(services);
        }, siloId);
        var silo = new TestSilo(host);
        await host.StartAsync();
        silo.IsRunning = true;
        _silos.Add(silo);
        return silo;
    }

    /// <summary>Graceful stop: in-flight turns drain, leases are released.</summary>
    public async Task StopSiloAsync(TestSilo silo)
    {
        silo.IsRunning = false;
        await silo.Host.StopAsync();
        silo.Host.Dispose();
    }

    /// <summary>A crash: no drain, no release; others take over once the leases expire.</summary>
    public async Task KillSiloAsync(TestSilo silo)
    {
        silo.IsRunning = false;
        await silo.Silo.KillAsync();
        silo.Host.Dispose();
    }

    /// <summary>Freezes the silo's lease renewals, as a long GC pause or a partition from the database would; its turns stop once its trust windows end.</summary>
    public void PauseSilo(TestSilo silo) => silo.Silo.Pause();

    public void ResumeSilo(TestSilo silo) => silo.Silo.Resume();

    /// <summary>Kills the silo and starts a fresh one in its place (a crash and a restart).</summary>
    public async Task<TestSilo> RestartSiloAsync(TestSilo silo)
    {
        await KillSiloAsync(silo);
        return await StartAdditionalSiloAsync();
    }

    /// <summary>The running silo that currently runs the grain's shard, if any.</summary>
    public TestSilo? OwnerOf(GrainId grain)
    {
        var shard = ShardHash.ShardOf(grain, ShardCount);
        return RunningSilos.FirstOrDefault(s => s.Silo.OwnedShards.Contains(shard));
    }

    /// <summary>Waits until every shard is owned by exactly one running silo.</summary>
    public Task WaitForStabilizationAsync(TimeSpan? timeout = null) =>
        WaitUntilAsync(() =>
        {
            var owned = RunningSilos.SelectMany(s => s.Silo.OwnedShards).ToList();
            return Task.FromResult(owned.Count == ShardCount && owned.Distinct().Count() == ShardCount);
        }, timeout ?? TimeSpan.FromSeconds(30), "every shard owned by exactly one running silo");

    /// <summary>Waits until no message is left in any inbox.</summary>
    public Task WaitForQuiescenceAsync(TimeSpan? timeout = null) =>
        WaitUntilAsync(async () => (await GetService<IGridStatisticsReader>().ReadAsync(Clock.GetUtcNow(), CancellationToken.None)).InboxDepth == 0,
            timeout ?? TimeSpan.FromSeconds(30), "an empty inbox");

    /// <summary>Polls <paramref name="condition"/> until it holds; the timeout message names what was awaited.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in RunningSilos.ToList())
        {
            await KillSiloAsync(silo);
        }

        await ClientHost.StopAsync();
        ClientHost.Dispose();
        if (_options.Provider == GridProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(TestPostgres.RequiredConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private IConfiguration Configuration(string? siloId)
    {
        var settings = new Dictionary<string, string?>(_options.Settings)
        {
            ["Grid:ShardCount"] = _options.ShardCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Grid:Schema"] = _schema,
            ["Grid:PostgresConnectionString"] = _options.Provider == GridProvider.Postgres ? TestPostgres.RequiredConnectionString : null,
            ["Silo:SiloId"] = siloId,
        };
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private IHost BuildHost(Action<IServiceCollection> configure, string? siloId = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddConfiguration(Configuration(siloId));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (Environment.GetEnvironmentVariable("ORLEANSSYNC_TEST_LOG") is { Length: > 0 } level)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(Enum.Parse<LogLevel>(level, ignoreCase: true));
        }

        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton<ICommitFaultInjector>(Faults);
        if (_memory is not null)
        {
            builder.Services.AddGridStore(_ => _memory);
        }
        else
        {
            builder.Services.AddPostgresGridStore();
        }

        configure(builder.Services);
        return builder.Build();
    }
}
