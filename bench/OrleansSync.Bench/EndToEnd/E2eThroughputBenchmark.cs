using OrleansSync.Bench.Postgres;
using OrleansSync.Bench.Reporting;

namespace OrleansSync.Bench.EndToEnd;

/// <summary>
/// Deliveries per second from the gateway to HubSpot on 1, 2 and 3 silo processes: signed Shopify <c>orders/create</c>
/// over real HTTP to the gateway (hosted by the first silo), through the grid (PostgreSQL clustering, state, reminders),
/// until the sandbox holds every contact, deal and line item.
/// </summary>
public sealed class E2eThroughputBenchmark : IBenchmark
{
    public string Name => "e2e-throughput";

    public string Description =>
        "Shopify orders/create over HTTP → gateway → silo processes on PostgreSQL → HubSpot sandbox. Args: [--count N] [--silos 1,2,3] [--concurrency C] [--warmup W] [--rate R] [--timeout S]";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!BenchDatabase.Available())
        {
            return;
        }

        var options = new BenchArgs(args);
        var count = options.Int("--count", 3000);
        var silos = options.Ints("--silos", [1, 2, 3]);
        var concurrency = options.Int("--concurrency", 64);
        var warmUp = options.Int("--warmup", 200);
        var timeout = options.Seconds("--timeout", 300);
        var rate = options.Int("--rate", 0);
        await RunConditions.PrintAsync(postgres: true, $"{concurrency} HTTP requests in flight, " + (rate > 0 ? $"paced at {rate:N0} deliveries/s" : "unpaced (ingest outruns the pipeline: accept → deal latency is mostly queueing)"),
        [
            ("silos", $"{string.Join(", ", silos)} (separate processes, Release build; the first hosts the gateway)"),
            ("deliveries", $"{count:N0} measured per silo count, after {warmUp:N0} warm-up orders have reached HubSpot"),
            ("order", $"Shopify orders/create, ~1.1 KB, {ShopifyOrderDeliveries.LinesPerOrder} lines, {ShopifyOrderDeliveries.Customers:N0} customers"),
            ("HubSpot", $"sandbox in this process, {E2eRun.SandboxRequestsPerInterval:N0} requests per 10 s (not the limit)"),
            ("bound", $"{timeout.TotalSeconds:F0} s per silo count"),
        ], cancellationToken);

        var results = new List<E2eResult>();
        foreach (var n in silos)
        {
            results.Add(await new E2eRun(n, count, warmUp, concurrency, rate, timeout).RunAsync(cancellationToken));
        }

        Print(results);
        RunConditions.PrintLoadAtEnd();
    }

    private static void Print(IReadOnlyList<E2eResult> results)
    {
        var table = new FigureTable(["figure", .. results.Select(r => $"{r.Silos} silo{(r.Silos == 1 ? "" : "s")}"), "retired runtime (README)"]);
        table.Add(["accepted deliveries/s (ingest, 200 after the durable append)", .. results.Select(r => $"{r.IngestPerSecond:N0}"), "7,157/s from the retired gateway-ingest (appends only, no grains; not runnable now)"]);
        table.Add(["accept latency p50 / p99", .. results.Select(r => $"{r.AcceptP50Ms:N1} / {r.AcceptP99Ms:N1} ms"), "p99 12.0 ms at a steady 1,000/s"]);
        table.Add(["refused deliveries", .. results.Select(r => $"{r.Refused}"), "-"]);
        table.Add(["records into HubSpot/s, end to end (contacts + deals + line items)", .. results.Select(r => $"{r.RecordsPerSecond:N0}"), "no end-to-end figure"]);
        table.Add(["orders/s, end to end (deal in HubSpot)", .. results.Select(r => $"{r.OrdersPerSecond:N0}"), "grain runtime alone: 7,600–9,600 msg/s"]);
        table.Add(["first send → last record", .. results.Select(r => $"{r.EndToEnd.TotalSeconds:N1} s{(r.Complete ? "" : " INCOMPLETE")}"), "-"]);
        table.Add(["records reached / expected", .. results.Select(r => $"{r.Reached.Records:N0} / {r.Expected.Records:N0}"), "-"]);
        table.Add(["accept → deal in HubSpot p50 / p99", .. results.Select(r => $"{r.DealP50Ms / 1000:N2} / {r.DealP99Ms / 1000:N2} s"), "-"]);
        table.Add(["cores busy: silo processes / this process (sender + sandbox)", .. results.Select(r => $"{r.SiloCores:N2} / {r.BenchCores:N2}"), "-"]);
        table.Add(["silo CPU per order (all silos, user + system)", .. results.Select(r => $"{r.SiloCpuMsPerOrder:N1} ms"), "-"]);
        table.Add(["HubSpot calls (records per call), 429s", .. results.Select(r => $"{r.HubSpotCalls:N0} ({(double)r.HubSpotInputs / Math.Max(1, r.HubSpotCalls):N0}), {r.HubSpot429s}"), "-"]);
        table.Print();
    }
}
