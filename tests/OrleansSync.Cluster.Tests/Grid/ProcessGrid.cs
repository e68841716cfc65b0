using Npgsql;
using OrleansSync.Cluster.Tests.Processes;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Testing;
using Xunit.Abstractions;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>
/// One test's grid: a fresh migrated PostgreSQL database, a HubSpot sandbox in the test process, and the silo and
/// gateway processes the test starts on them. Disposing kills every process (their output tails go to the test's
/// output), stops the sandbox and drops the database.
/// </summary>
public sealed class ProcessGrid : IAsyncDisposable
{
    public const string AdminToken = "cluster-tests-admin-token-0123456789abcdef";

    /// <summary>How long a process may take to become ready on a busy 2-core machine.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<GridProcess> _processes = [];
    private readonly ITestOutputHelper _output;
    private readonly System.Diagnostics.Stopwatch _age = System.Diagnostics.Stopwatch.StartNew();
    private GridClient? _client;

    private readonly IAsyncDisposable? _database;
    private readonly NpgsqlDataSource _dataSource;

    private ProcessGrid(ITestOutputHelper output, string connectionString, IAsyncDisposable? database, RunningSandbox sandbox)
    {
        _output = output;
        _database = database;
        _dataSource = NpgsqlDataSource.Create(connectionString);
        DatabaseConnectionString = connectionString;
        Sandbox = sandbox;
        Deliveries = new DeliveryQueueTable(_dataSource);
        GrainStates = new GrainStateTable(_dataSource);
    }

    /// <summary>The grid's database (a fresh one per test).</summary>
    public string DatabaseConnectionString { get; }

    public RunningSandbox Sandbox { get; }

    public DeliveryQueueTable Deliveries { get; }

    public GrainStateTable GrainStates { get; }

    public IReadOnlyList<GridProcess> Processes => _processes;

    /// <summary>The connection string each process gets: the test database, with a pool small enough for five processes on one server.</summary>
    public string ProcessConnectionString => new NpgsqlConnectionStringBuilder(DatabaseConnectionString) { MaxPoolSize = 40 }.ConnectionString;

    /// <summary>A grid on a fresh database of the tests' shared PostgreSQL server.</summary>
    public static async Task<ProcessGrid> StartAsync(ITestOutputHelper output, string prefix = "cluster") =>
        await StartAsync(output, async () =>
        {
            var database = await TestDatabase.CreateAsync(prefix);
            return (database.ConnectionString, database);
        });

    /// <summary>A grid on a fresh database of a server the test owns (and may stop and start).</summary>
    public static async Task<ProcessGrid> StartAsync(ITestOutputHelper output, ThrowawayPostgres server, string prefix) =>
        await StartAsync(output, async () => (await server.CreateDatabaseAsync(prefix), null));

    private static async Task<ProcessGrid> StartAsync(ITestOutputHelper output, Func<Task<(string ConnectionString, IAsyncDisposable? Owner)>> createDatabase)
    {
        var sandbox = await HubSpotSandboxHost.StartAsync(
            new SandboxOptions { Portals = { new SandboxPortalOptions { PortalId = long.Parse(ShopifyStore.PortalId, System.Globalization.CultureInfo.InvariantCulture), RequestsPerInterval = 1_000_000, DailyLimit = 100_000_000 } } },
            CancellationToken.None);
        try
        {
            var (connectionString, owner) = await createDatabase();
            return new ProcessGrid(output, connectionString, owner, sandbox);
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The settings every silo of these tests gets, on top of which a test adds its own: the database, loopback
    /// endpoints on free ports, the sandbox as HubSpot with generous limits, and the store and admin token for a
    /// co-hosted gateway.
    /// </summary>
    public Dictionary<string, string> SiloEnvironment(int httpPort, bool hostGateway)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Grid__PostgresConnectionString"] = ProcessConnectionString,
            ["Silo__HostGateway"] = hostGateway ? "true" : "false",
            ["Silo__SiloPort"] = Port(FreePorts.Next()),
            ["Silo__GatewayPort"] = Port(FreePorts.Next()),
            ["Silo__AdvertisedAddress"] = "127.0.0.1",
            ["Urls"] = $"http://127.0.0.1:{httpPort}",
            ["HubSpot__BaseUrl"] = Sandbox.BaseUrl.ToString(),
            ["HubSpot__AccessToken"] = Sandbox.AccessToken,
            ["HubSpot__RequestsPerInterval"] = "100000",
            ["HubSpot__RetryBaseDelay"] = "00:00:00.050",
            ["HubSpotDispatch__PollInterval"] = "00:00:00.100",
            ["Gateway__Admin__Token"] = AdminToken,
        };
        foreach (var (key, value) in ShopifyStore.Environment)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>The settings a standalone gateway gets: the database, a free HTTP port, the store and the admin token.</summary>
    public Dictionary<string, string> GatewayEnvironment(int httpPort)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Grid__PostgresConnectionString"] = ProcessConnectionString,
            ["Urls"] = $"http://127.0.0.1:{httpPort}",
            ["Gateway__Admin__Token"] = AdminToken,
        };
        foreach (var (key, value) in ShopifyStore.Environment)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>Starts a silo process (not yet ready); <paramref name="overrides"/> replace or add settings (a null value removes one).</summary>
    public GridProcess StartSilo(string name, bool hostGateway = false, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var port = FreePorts.Next();
        return Start(name, BuildOutputs.Silo, port, Apply(SiloEnvironment(port, hostGateway), overrides));
    }

    /// <summary>Starts a standalone gateway process (not yet ready).</summary>
    public GridProcess StartGateway(string name, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var port = FreePorts.Next();
        return Start(name, BuildOutputs.Gateway, port, Apply(GatewayEnvironment(port), overrides));
    }

    /// <summary>Starts a process with exactly this environment (plus <c>Urls</c> on a free port).</summary>
    public GridProcess Start(string name, string assembly, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePorts.Next();
        var withUrls = new Dictionary<string, string>(environment, StringComparer.Ordinal) { ["Urls"] = $"http://127.0.0.1:{port}" };
        return Start(name, assembly, port, withUrls);
    }

    /// <summary>The Orleans client of the test process (connected on first use; waits for a silo).</summary>
    public async Task<GridClient> ClientAsync() => _client ??= await GridClient.ConnectAsync(ProcessConnectionString, StartTimeout);

    /// <summary>
    /// Waits until the grid has finished the workload: every delivery the sender got a 200 for is delivered (its rows in
    /// the queue have <c>delivered_at</c>), the portal holds what the workload implies, and HubSpot has been quiet (no
    /// call to the sandbox) for <paramref name="quiet"/> with the portal's grain holding nothing. Fails naming what it
    /// waited for, with the remaining problems and the processes' output.
    /// </summary>
    /// <param name="refused">Orders HubSpot refuses a record of (see <see cref="HubSpot.CrmExpectations"/>).</param>
    public async Task SettleAsync(Workload.DeliverySender sender, Workload.ShopifyWorkload workload, TimeSpan timeout, TimeSpan quiet, IReadOnlySet<long>? refused = null)
    {
        var keys = sender.Acknowledged.Keys.ToList();
        await Eventually.UntilAsync(
            async () => await Deliveries.UndeliveredAsync(keys) == 0,
            timeout,
            $"all {keys.Count} acknowledged deliveries to be delivered",
            async () => $"{await Deliveries.UndeliveredAsync(keys)} not delivered.{Environment.NewLine}{Tails()}",
            TimeSpan.FromSeconds(1));
        Log("every acknowledged delivery is delivered");

        await Eventually.UntilAsync(
            () => Task.FromResult(HubSpot.CrmExpectations.Problems(new(Sandbox.DefaultPortal), workload, limit: 1, refused).Count == 0),
            timeout,
            "the portal to hold what the workload implies",
            async () => string.Join("; ", HubSpot.CrmExpectations.Problems(new(Sandbox.DefaultPortal), workload, refused: refused)) + Environment.NewLine
                + await DescribeStuckAsync(workload) + Environment.NewLine + Tails(),
            TimeSpan.FromSeconds(1));
        Log("the portal holds what the workload implies");

        var client = await ClientAsync();
        var calls = -1;
        var since = System.Diagnostics.Stopwatch.StartNew();
        await Eventually.UntilAsync(
            async () =>
            {
                var now = Sandbox.DefaultPortal.Calls().Count;
                if (now != calls)
                {
                    (calls, since) = (now, System.Diagnostics.Stopwatch.StartNew());
                    return false;
                }

                var status = await client.Cluster.GetGrain<OrleansSync.Contracts.Portals.IHubSpotPortalGrain>(ShopifyStore.PortalId).GetStatusAsync();
                return since.Elapsed >= quiet && status.Queued == 0 && status.InFlight == 0;
            },
            timeout,
            $"HubSpot to be quiet for {quiet.TotalSeconds:0} s",
            () => Task.FromResult(Tails()),
            TimeSpan.FromMilliseconds(500));
        Log($"HubSpot quiet after {calls} calls");
    }

    /// <summary>The stored state of the first orders that have no deal in HubSpot, and of their customers.</summary>
    private async Task<string> DescribeStuckAsync(Workload.ShopifyWorkload workload)
    {
        var deals = new OrleansSync.Grains.Tests.Fixtures.HubSpotView(Sandbox.DefaultPortal).Deals.Select(d => d.Properties.GetValueOrDefault("ecom_order_key")).ToHashSet();
        var lines = new List<string>();
        foreach (var order in workload.Orders.Where(o => !deals.Contains($"{ShopifyStore.Id}/{o.Id}")).Take(2))
        {
            lines.Add(await GrainStates.DescribeAsync(OrleansSync.Contracts.Routing.GrainKeys.Order(ShopifyStore.Id, order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            lines.Add(await GrainStates.DescribeAsync(OrleansSync.Contracts.Routing.GrainKeys.Customer(ShopifyStore.PortalId, order.Customer.Email), 6_000));
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Drops the test process's pooled connections, e.g. after the database server restarted under them.</summary>
    public void ForgetDatabaseConnections() => _dataSource.Clear();

    /// <summary>Writes a line to the test's output, stamped with the seconds since the grid started.</summary>
    public void Log(string line) => _output.WriteLine($"[{_age.Elapsed.TotalSeconds,6:0.0} s] {line}");

    /// <summary>The output tails of every process, for a failure message.</summary>
    public string Tails(int lines = 30) => string.Join(Environment.NewLine, _processes.Select(p => p.Tail(lines)));

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client is not null)
            {
                await _client.DisposeAsync();
            }

            await Task.WhenAll(_processes.Select(async p => await p.DisposeAsync()));
            foreach (var process in _processes)
            {
                _output.WriteLine(process.Tail(25));
            }
        }
        finally
        {
            await Sandbox.DisposeAsync();
            await _dataSource.DisposeAsync();
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }

    private GridProcess Start(string name, string assembly, int port, IReadOnlyDictionary<string, string> environment)
    {
        var process = GridProcess.Start(name, assembly, port, environment);
        _processes.Add(process);
        Log($"started {name} (pid {process.Pid}, http {port})");
        return process;
    }

    private static Dictionary<string, string> Apply(Dictionary<string, string> environment, IReadOnlyDictionary<string, string?>? overrides)
    {
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                environment.Remove(key);
            }
            else
            {
                environment[key] = value;
            }
        }

        return environment;
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
