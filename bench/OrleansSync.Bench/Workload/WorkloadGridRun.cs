using System.Diagnostics;
using System.Security.Cryptography;
using OrleansSync.Bench.Postgres;
using OrleansSync.Bench.Processes;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Workload;
using OrleansSync.Workload.Sending;
using OrleansSync.Workload.Verification;

namespace OrleansSync.Bench.Workload;

/// <summary>
/// The grid's side of <c>e2e</c>: one silo process of the main job hosting the gateway (PostgreSQL or in-memory state),
/// syncing to the given sandbox portal; the workload sent over HTTP; then the sandbox read back until quiescent; then,
/// with <c>backlogOrders</c> above 0, the drain of a backlog built behind an outage (<see cref="BacklogDrainPhase"/>).
/// </summary>
internal sealed class WorkloadGridRun(StoreWorkload workload, RunningSandbox sandbox, long portalId, int requestsPer10Seconds, int concurrency, int rate, bool postgres, TimeSpan timeout, int backlogOrders)
{
    public static readonly TimeSpan BacklogOutageRetryMaxDelay = TimeSpan.FromSeconds(1);

    /// <summary>Longest the backlog phase may take, build and drain together: 90 s plus 5 ms per order (a drain at the limit takes about 2 ms per order).</summary>
    public static TimeSpan BacklogBound(int orders) => TimeSpan.FromSeconds(90) + (orders * TimeSpan.FromMilliseconds(5));

    public async Task<GridRunResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var database = postgres ? await BenchDatabase.CreateAsync("e2e", cancellationToken) : null;
        var adminToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var portal = $"{portalId}";
        var environment = new Dictionary<string, string>
        {
            ["HubSpot__BaseUrl"] = sandbox.BaseUrl.ToString(),
            ["HubSpot__AccessToken"] = sandbox.Portals.Single(p => p.PortalId == portalId).AccessToken,
            ["HubSpot__Tier"] = "Professional",
            ["Gateway__Admin__Token"] = adminToken,
            [$"Gateway__HubSpotBudget__PortalRequestsPer10Seconds__{portal}"] = $"{requestsPer10Seconds}",
            ["Logging__LogLevel__Default"] = "Warning",
            // The backlog phase's outage ends at a moment the bench chooses; the grain's pause after it is kept short so
            // the drain, not the outage backoff, is what the phase measures.
            ["HubSpotDispatch__OutageRetryMaxDelay"] = $"{BacklogOutageRetryMaxDelay}",
        };
        if (database is not null)
        {
            environment["Grid__PostgresConnectionString"] = database.WithPoolSize(30);
        }

        foreach (var (store, index) in workload.Storefronts.Select((s, i) => (s, i)))
        {
            foreach (var (key, value) in store.GatewaySettings(index, portal, workload.Shape.Currencies[0]))
            {
                environment[key] = value;
            }
        }

        foreach (var (key, value) in BacklogDrainPhase.GatewaySettings(workload.Storefronts.Count, portal))
        {
            environment[key] = value;
        }

        await using var grid = await LocalGrid.StartAsync(1, environment, firstHostsGateway: true, cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = Timeout.InfiniteTimeSpan };
        using var inspection = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var probe = new PortalBacklogProbe(inspection, grid.GatewayAddress, adminToken, portal, TimeSpan.FromMilliseconds(500));
        using var stopProbe = new CancellationTokenSource();
        var probing = probe.RunAsync(stopProbe.Token);

        var siloCpu = grid.Silos.Sum(s => s.CpuTime.Ticks);
        var clock = Stopwatch.StartNew();
        var sent = await new WorkloadSender(http, grid.GatewayAddress, new WorkloadSenderOptions { Concurrency = concurrency, EventsPerSecond = rate }).SendAsync(workload.Events, cancellationToken);
        var verifier = new HubSpotVerifier(inspection, sandbox.BaseUrl);
        var report = await verifier.WaitUntilQuiescentAsync(workload, portalId, sent, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), timeout, cancellationToken);
        var elapsed = clock.Elapsed;
        var siloCpuUsed = TimeSpan.FromTicks(grid.Silos.Sum(s => s.CpuTime.Ticks) - siloCpu);
        var sandboxPortal = sandbox.Portals.Single(p => p.PortalId == portalId);
        var calls = sandboxPortal.Calls();
        var samples = probe.Samples;
        var drained = backlogOrders > 0
            ? await new BacklogDrainPhase(http, grid.GatewayAddress, sandboxPortal, probe, backlogOrders, concurrency, requestsPer10Seconds, BacklogBound(backlogOrders)).RunAsync(cancellationToken)
            : null;
        await stopProbe.CancelAsync();
        await probing;

        if (report.Lost > 0)
        {
            Console.WriteLine($"  grid: {report}; silo log in {grid.LogDirectory}");
        }

        var backlog = BacklogEfficiency.Measure(samples, calls, requestsPer10Seconds);
        return new GridRunResult(sent, report, backlog, elapsed, siloCpuUsed, samples.Count == 0 ? 0 : samples.Max(s => s.Queued), drained);
    }
}
