using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using OrleansSync.Bench.Postgres;
using OrleansSync.Bench.Reporting;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Workload;
using OrleansSync.Workload.Verification;

namespace OrleansSync.Bench.Workload;

/// <summary>
/// The seeded store workload (two storefronts, signed WooCommerce and Shopify webhooks, duplicates, reordering) through
/// the main job's silo process and its gateway into a HubSpot sandbox portal with a Professional portal's limits, read
/// back and verified; then the per-event baseline on a fresh portal of the same sandbox with a sample of the same workload.
/// </summary>
public sealed class WorkloadE2eBenchmark : IBenchmark
{
    private const long GridPortal = 1000001;
    private const long BaselinePortal = 1000002;
    private const int ProRequestsPer10Seconds = 190;

    public string Name => "e2e";

    public string Description =>
        "Seeded store workload → gateway → grid → HubSpot sandbox (Pro limits), verified, beside the per-event baseline. Args: [--quick] [--json PATH] [--seed N] [--orders N] [--baseline-orders N] [--concurrency C] [--rate R] [--backlog-orders N] [--storage postgres|memory] [--timeout S]";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var quick = options.Flag("--quick");
        var seed = options.Int("--seed", 1);
        var orders = options.Int("--orders", quick ? 300 : 2000);
        var baselineOrders = Math.Min(orders, options.Int("--baseline-orders", quick ? 20 : 100));
        var concurrency = options.Int("--concurrency", 32);
        var rate = options.Int("--rate", 0);
        // Large enough that the drain outlasts three of HubSpot's 10-second windows: a smaller backlog fits the first window's
        // burst, and its records per second would measure the silo's speed, not how much of the limit the drain uses.
        var backlogOrders = options.Int("--backlog-orders", quick ? 20_000 : 40_000);
        var timeout = options.Seconds("--timeout", quick ? 120 : 600);
        var postgres = options.Text("--storage") != "memory" && BenchDatabase.ServerConnectionString is not null;
        var loadAtStart = RunConditions.LoadAverage();
        var fsync = postgres ? await BenchDatabase.FsyncAsync(cancellationToken) : "n/a (in-memory state)";

        var workload = StoreWorkload.Generate(seed, orders);
        var baselineWorkload = workload.Sample(baselineOrders);
        await RunConditions.PrintAsync(postgres, $"{concurrency} deliveries in flight, {(rate > 0 ? $"paced at {rate:N0} deliveries/s" : "unpaced")}; retries on 5xx/timeouts",
        [
            ("workload", $"seed {seed}: {workload.Orders.Count:N0} orders, {workload.Customers.Count:N0} customers, {workload.Carts.Count:N0} carts ({workload.Carts.Count(c => c.IsAbandoned):N0} abandoned), {workload.Events.Count:N0} deliveries ({workload.Events.Count(e => e.IsDuplicate):N0} duplicates, {workload.Events.Count(e => e.IsReordered):N0} reordered)"),
            ("storage", postgres ? "PostgreSQL (fresh database; delivery queue, grain state, reminders, clustering)" : "in memory (no ORLEANSSYNC_TEST_POSTGRES, or --storage memory)"),
            ("grid", "1 silo process of the main job (Release), hosting the gateway; cold start (JIT and HubSpot schema bootstrap inside the run)"),
            ("HubSpot", $"sandbox in this process, Professional limits in real time: {ProRequestsPer10Seconds} requests per rolling 10 s, search 5/s, Retry-After on 429"),
            ("backlog", backlogOrders > 0 ? $"after the end-to-end figures: {backlogOrders:N0} Shopify orders of a third store ingested while the portal answers 5xx (outage; the grain pauses, at most {WorkloadGridRun.BacklogOutageRetryMaxDelay.TotalSeconds:N0} s), then released and drained; the drain spans several 10-second windows, so the limit, not an idle window's burst, sets its pace" : "not run (--backlog-orders 0)"),
            ("baseline", $"per-event flow, sequential, on a fresh portal: {baselineWorkload.Orders.Count:N0} orders of the same workload ({baselineWorkload.Events.Count:N0} deliveries, a proportional sample)"),
        ], cancellationToken);

        var portals = new List<SandboxPortalOptions> { Pro(GridPortal, "pat-na1-sandbox-0000") };
        await using var sandbox = await HubSpotSandboxHost.StartAsync(new SandboxOptions { Portals = portals, SendRetryAfterOn429 = true }, cancellationToken);

        Console.WriteLine("grid: sending the workload…");
        var ours = await new WorkloadGridRun(workload, sandbox, GridPortal, ProRequestsPer10Seconds, concurrency, rate, postgres, timeout, backlogOrders).RunAsync(cancellationToken);
        Console.WriteLine($"grid: {ours.Report}");

        Console.WriteLine("baseline: per-event flow on a fresh portal…");
        sandbox.AddPortal(Pro(BaselinePortal, "pat-na1-baseline-0000"));
        using var hubSpot = new HttpClient { BaseAddress = sandbox.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        hubSpot.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pat-na1-baseline-0000");
        var flow = new PerEventFlow(hubSpot, baselineWorkload);
        await flow.SetUpAsync(cancellationToken);
        var baselineClock = Stopwatch.StartNew();
        await flow.RunAsync(baselineWorkload.Events, cancellationToken);
        baselineClock.Stop();
        using var inspection = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var baseline = await new HubSpotVerifier(inspection, sandbox.BaseUrl).VerifyAsync(baselineWorkload, BaselinePortal, null, cancellationToken);
        Console.WriteLine($"baseline: {baseline} in {baselineClock.Elapsed.TotalSeconds:N0} s");
        Console.WriteLine();

        var figures = Figures(workload, baselineWorkload, ours, baseline, seed, concurrency, postgres, fsync, loadAtStart);
        Print(figures, ours, baseline, flow, baselineClock.Elapsed);
        Console.WriteLine($"efficiency_vs_limit: {BacklogDrain.Definition}.");
        RunConditions.PrintLoadAtEnd();
        if (options.Text("--json") is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(figures, E2eJsonContext.Default.E2eFigures), cancellationToken);
            Console.WriteLine($"figures written to {path}");
        }
    }

    private static SandboxPortalOptions Pro(long portalId, string token) => new()
    {
        PortalId = portalId, AccessToken = token, RequestsPerInterval = ProRequestsPer10Seconds, Interval = TimeSpan.FromSeconds(10),
        DailyLimit = 625_000, SearchRequestsPerSecond = 5,
    };

    private static E2eFigures Figures(StoreWorkload workload, StoreWorkload sample, GridRunResult ours, VerificationReport baseline, int seed, int concurrency, bool postgres, string fsync, string loadAtStart)
    {
        var report = ours.Report;
        var callsPerOrder = (double)report.Calls.Calls / workload.Orders.Count;
        var baselineCallsPerOrder = (double)baseline.Calls.Calls / sample.Orders.Count;
        var latencies = report.OrderLatencyMs.Values.ToList();
        return new E2eFigures(
            seed, workload.Orders.Count, workload.Events.Count, ours.Send.AcceptedPerSecond,
            report.Calls.Calls, report.Calls.SchemaCalls, report.Calls.RecordsPerCall, callsPerOrder,
            sample.Orders.Count, baseline.Calls.Calls, baselineCallsPerOrder, callsPerOrder > 0 ? baselineCallsPerOrder / callsPerOrder : 0,
            report.Calls.Http429, baseline.Calls.Http429, report.Duplicates, baseline.Duplicates, report.Lost + ours.Send.Undelivered, baseline.Lost, report.RevenueMatches,
            latencies.Count > 0 ? Percentiles.Of(latencies, 0.50) : null, latencies.Count > 0 ? Percentiles.Of(latencies, 0.99) : null,
            ours.Drain?.RecordsPerSecond, ours.Backlog.LimitRecordsPerSecond, ours.Drain?.OfLimit, BacklogDrain.Definition,
            ours.Drain?.Orders ?? 0, ours.Drain?.PeakQueued ?? 0, ours.Drain?.ReleaseToFirstWrite.TotalSeconds, ours.Drain?.ReleaseToDrained.TotalSeconds, ours.Drain?.RecordsPerSecondFromFirstWrite,
            ours.Drain?.Records ?? 0, ours.Drain?.Calls ?? 0, ours.Drain?.Http429 ?? 0, ours.Drain?.Drained ?? false,
            ours.Backlog.RecordsPerSecond, ours.Backlog.OfLimit, ours.Backlog.BackloggedSeconds, ours.PeakQueued,
            ours.SendToQuiescent.TotalSeconds, ours.SiloCpu.TotalMilliseconds / workload.Orders.Count,
            postgres ? "postgresql" : "memory", fsync, concurrency, Environment.ProcessorCount, loadAtStart, RunConditions.LoadAverage());
    }

    private static void Print(E2eFigures f, GridRunResult ours, VerificationReport baseline, PerEventFlow flow, TimeSpan baselineElapsed)
    {
        static string Opt(double? value, string format) => value is { } v ? v.ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "n/a";

        new FigureTable("figure", "OrleansSync grid", "per-event baseline")
            .Add("orders (deliveries)", $"{f.Orders:N0} ({f.Events:N0})", $"{f.BaselineOrders:N0} (sample)")
            .Add("accepted deliveries/s at the gateway (2xx after the durable append)", $"{f.EventsPerSIngest:N0}", "-")
            .Add("HubSpot calls (schema set-up not counted)", $"{f.HubspotCalls:N0} (+{f.HubspotSchemaCalls} schema)", $"{f.BaselineCalls:N0}")
            .Add("HubSpot calls per order", $"{f.CallsPerOrder:N2}", $"{f.BaselineCallsPerOrder:N2}")
            .Add("records per call", $"{f.RecordsPerCall:N1}", $"{(double)flow.RecordsWritten / Math.Max(1, baseline.Calls.Calls):N2}")
            .Add("HTTP 429 answers", $"{f.Http429}", $"{f.BaselineHttp429}")
            .Add("lost (missing deals/contacts/line items, wrong amounts, undelivered)", $"{f.LostEvents}", $"{f.BaselineLostEvents}")
            .Add("duplicate HubSpot objects", $"{f.DuplicatesInHubspot}", $"{f.BaselineDuplicatesInHubspot}")
            .Add("revenue per day × currency matches the store", f.RevenueMatches ? "yes" : "NO", baseline.RevenueMatches ? "yes" : "no")
            .Add("send of an order's last delivery → its deal's last write, p50 / p99", $"{Opt(f.E2eLatencyMsP50 / 1000, "N2")} / {Opt(f.E2eLatencyMsP99 / 1000, "N2")} s", "-")
            .Add("end to end: object records/s in samples with ≥ 100 queued / limit", $"{Opt(f.E2eBackloggedRecordsPerS, "N0")} / {f.LimitRecordsPerS:N0} = {Opt(f.E2eBackloggedEfficiency, "P0")} over {f.BackloggedSeconds:N1} s", "-")
            .Add("peak records queued in the portal's grain", $"{f.PeakQueuedRecords:N0}", "-")
            .Add("backlog drain: records queued + in flight at release", $"{f.BacklogPeakQueued:N0} ({f.BacklogOrders:N0} orders)", "-")
            .Add("backlog drain: release → first accepted write / → < 100 left", $"{Opt(f.BacklogReleaseToFirstWriteS, "N1")} s / {Opt(f.BacklogDrainS, "N1")} s{(f.BacklogDrained ? "" : " NOT DRAINED (bound)")}", "-")
            .Add("backlog drain: object records (calls, 429s)", $"{f.BacklogRecords:N0} ({f.BacklogCalls:N0} calls, {f.BacklogHttp429} × 429)", "-")
            .Add("efficiency_vs_limit: backlog drain records/s / limit", $"{Opt(f.AchievedRecordsPerS, "N0")} / {f.LimitRecordsPerS:N0} = {Opt(f.EfficiencyVsLimit, "P0")}", "-")
            .Add("backlog drain records/s from the first accepted write (no outage recovery)", $"{Opt(f.BacklogRecordsPerSFromFirstWrite, "N0")} = {Opt(f.BacklogRecordsPerSFromFirstWrite / f.LimitRecordsPerS, "P0")} of the limit", "-")
            .Add("first send → quiescent (verified)", $"{f.SendToQuiescentS:N1} s", $"{baselineElapsed.TotalSeconds:N1} s for the sample")
            .Add("silo CPU per order", $"{f.SiloCpuMsPerOrder:N1} ms", "-")
            .Add("calls per order, baseline ÷ grid", $"{f.CallsRatioVsBaseline:N1}×", "-")
            .Print();

        if (ours.Report.Lost > 0 || ours.Send.Undelivered > 0 || ours.Send.Refused > 0)
        {
            Console.WriteLine($"grid: {ours.Send.Refused} refused, {ours.Send.Undelivered} undelivered; first missing: " +
                string.Join(", ", ours.Report.MissingDeals.Concat(ours.Report.MissingContacts).Concat(ours.Report.MissingLineItems).Concat(ours.Report.WrongAmounts).Take(5)));
        }
    }
}
