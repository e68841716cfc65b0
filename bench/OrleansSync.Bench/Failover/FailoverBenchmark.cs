using OrleansSync.Bench.Postgres;
using OrleansSync.Bench.Processes;
using OrleansSync.Bench.Reporting;
using OrleansSync.HubSpot.Sandbox;

namespace OrleansSync.Bench.Failover;

/// <summary>
/// Time from SIGKILL of one of three silo processes (PostgreSQL membership, the silo's tuned failover settings) until the
/// grains that lived on it answer again, over a few kills; the killed silo is restarted between kills.
/// </summary>
public sealed class FailoverBenchmark : IBenchmark
{
    public string Name => "failover";

    public string Description => "SIGKILL one of 3 silo processes → its grains answer again (p50/max over runs). Args: [--runs R] [--grains G] [--timeout-ms T]";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!BenchDatabase.Available())
        {
            return;
        }

        var options = new BenchArgs(args);
        var runs = options.Int("--runs", 4);
        var grains = options.Int("--grains", 300);
        var callTimeout = TimeSpan.FromMilliseconds(options.Int("--timeout-ms", 1000));
        var bound = TimeSpan.FromSeconds(60);
        await RunConditions.PrintAsync(postgres: true, $"{grains} grains polled at once by one client",
        [
            ("silos", "3 separate processes (Release build), ADO.NET clustering/state/reminders on a fresh database"),
            ("membership", "the silo's FailoverDefaults: ProbeTimeout 1 s, NumMissedProbesLimit 2, NumVotesForDeathDeclaration 2, TableRefreshTimeout 5 s, IAmAliveTablePublishTimeout 5 s; silo ResponseTimeout 5 s"),
            ("client", $"this process, through silo 1's gateway only (silo 1 is never killed), ResponseTimeout {callTimeout.TotalMilliseconds:F0} ms, a failed poll is retried after 50 ms"),
            ("grains", $"{grains} fresh customer grains per run, located with IManagementGrain.GetActivationAddress; ping = DeliverAsync with no envelopes"),
            ("runs", $"{runs}; each kills (SIGKILL) silo 2 or 3, whichever holds more of the run's grains, restarted before the next run; bound {bound.TotalSeconds:F0} s"),
        ], cancellationToken);

        await using var sandbox = await HubSpotSandboxHost.StartAsync(new SandboxOptions(), cancellationToken);
        await using var database = await BenchDatabase.CreateAsync("failover", cancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["Grid__PostgresConnectionString"] = database.WithPoolSize(20),
            ["HubSpot__BaseUrl"] = sandbox.BaseUrl.ToString(),
            ["HubSpot__AccessToken"] = sandbox.AccessToken,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var results = new List<FailoverResult>();
        await using (var grid = await LocalGrid.StartAsync(3, environment, firstHostsGateway: false, cancellationToken))
        await using (var client = await GridClient.ConnectAsync(grid.Silos[0].GatewayPort, callTimeout, cancellationToken))
        {
            var run = new FailoverRun(grid, client.Client, database.DataSource, grains, bound);
            for (var r = 1; r <= runs; r++)
            {
                var result = await run.RunAsync(r, cancellationToken);
                Console.WriteLine($"  run {r}: grains placed {result.Placement}; killed silo {result.Victim}; evicted after {result.EvictedAfter:N2} s; its grains answered again p50 {Percentiles.Of(result.AnsweredAfter, 0.5):N2} s, max {Percentiles.Of(result.AnsweredAfter, 1):N2} s");
                results.Add(result);
            }

            Console.WriteLine($"  silo logs: {grid.LogDirectory}");
        }

        Console.WriteLine();
        Print(results);
        RunConditions.PrintLoadAtEnd();
    }

    private static void Print(IReadOnlyList<FailoverResult> results)
    {
        var table = new FigureTable("run", "killed", "grains on it", "evicted after", "its grains answer again p50", "max", "unanswered", "failed calls to grains elsewhere", "restart to ready");
        foreach (var r in results)
        {
            table.Add($"{r.Run}", $"silo {r.Victim}", $"{r.GrainsOnVictim}", Percentiles.Seconds(r.EvictedAfter), Percentiles.Seconds(Percentiles.Of(r.AnsweredAfter, 0.5)),
                Percentiles.Seconds(Percentiles.Of(r.AnsweredAfter, 1)), $"{r.AnsweredAfter.Count(double.IsNaN)}", $"{r.FailedCallsElsewhere} of {r.CallsElsewhere:N0}", $"{r.RestartSeconds:N1} s");
        }

        table.Print();

        var all = results.SelectMany(r => r.AnsweredAfter).Where(a => !double.IsNaN(a)).ToList();
        var summary = new FigureTable("figure", "Orleans (this run)", "retired runtime (README)", "Orleans reference (orleans-postgres.md §4, tuned)");
        summary.Add("kill → grains answer again, p50 over all runs' grains", Percentiles.Seconds(Percentiles.Of(all, 0.5)), "3.8 s until every shard was owned again (4 s lease TTL); 10–25 s with the 15 s default", "p50 1.35 s");
        summary.Add("kill → grains answer again, max", Percentiles.Seconds(Percentiles.Of(all, 1)), "-", "max 5.7 s");
        summary.Add("kill → silo marked Dead in the membership table, p50 / max", $"{Percentiles.Seconds(Percentiles.Of(results.Select(r => r.EvictedAfter), 0.5))} / {Percentiles.Seconds(Percentiles.Of(results.Select(r => r.EvictedAfter), 1))}", "-", "evicted ~1 s");
        summary.Print();
    }
}
