using OrleansSync.Bench.Reporting;

namespace OrleansSync.Bench.Backfill;

/// <summary>
/// <c>backfill [--customers N --orders N | --quick] [--requests-per-10s 190] [--kill-at 0.4] [--page-size 100] [--timeout-minutes 60]</c>:
/// a simulated WooCommerce store backfilled into the HubSpot sandbox (Pro limits by default) by a silo process on
/// PostgreSQL, killed (SIGKILL) midway and restarted; checks HubSpot ends with exactly the store's contacts, deals and
/// line items.
/// </summary>
internal sealed class BackfillBenchmark : IBenchmark
{
    public string Name => "backfill";

    public string Description => "store connector backfill of a simulated WooCommerce store into HubSpot (Pro limits), silo killed midway";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var named = new BenchArgs(args);
        var quick = args.Contains("--quick");
        var run = new BackfillRun(
            Customers: named.Int("--customers", quick ? 500 : 50_000),
            Orders: named.Int("--orders", quick ? 1_000 : 100_000),
            RequestsPer10Seconds: named.Int("--requests-per-10s", 190),
            KillAt: named.Int("--kill-at-percent", 40) / 100.0,
            PageSize: named.Int("--page-size", 100),
            Timeout: TimeSpan.FromMinutes(named.Int("--timeout-minutes", quick ? 10 : 90)));
        await RunConditions.PrintAsync(postgres: true, "one connector reading pages back to back; the silo hands each page to the domain grains before the next", [
            ("store", $"simulated WooCommerce, {run.Customers:N0} customers, {run.Orders:N0} orders, 20 products, page size {run.PageSize}"),
            ("HubSpot", $"sandbox in the bench process, {run.RequestsPer10Seconds} requests / 10 s (Pro), real time (not scaled)"),
            ("grid", "1 silo process on PostgreSQL (no gateway), killed with SIGKILL at " + $"{run.KillAt:P0} of the deals, then restarted"),
        ], cancellationToken);

        var result = await run.RunAsync(cancellationToken);
        result.Print();
        RunConditions.PrintLoadAtEnd();
    }
}
