using System.Diagnostics;
using System.Globalization;
using OrleansSync.Bench.EndToEnd;
using OrleansSync.Bench.Postgres;
using OrleansSync.Bench.Processes;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.HubSpot.Sandbox.Portals;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.WooCommerce;

namespace OrleansSync.Bench.Backfill;

/// <summary>
/// One run: a WooCommerce simulator and the HubSpot sandbox in this process, a fresh database, one silo process whose
/// connector backfills the store; SIGKILL once <see cref="KillAt"/> of the deals are in HubSpot, restart, then wait until
/// HubSpot holds everything and check it holds nothing twice.
/// </summary>
internal sealed record BackfillRun(int Customers, int Orders, int RequestsPer10Seconds, double KillAt, int PageSize, TimeSpan Timeout)
{
    private const string PortalId = "1000001";
    private const string StoreId = "woo-bench";

    public async Task<BackfillResult> RunAsync(CancellationToken cancellationToken)
    {
        var woo = new WooCommerceSimulator("ck_bench", "cs_bench");
        WooCommerceGenerator.Seed(woo, Customers, Orders);
        await using var store = await SimulatorHost.StartAsync(e => e.MapWooCommerceSimulator(woo), cancellationToken);
        var options = new SandboxOptions { Portals = [new() { RequestsPerInterval = RequestsPer10Seconds, DailyLimit = 650_000 }] };
        await using var sandbox = await HubSpotSandboxHost.StartAsync(options, cancellationToken);
        await using var database = await BenchDatabase.CreateAsync("backfill", cancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["Grid__PostgresConnectionString"] = database.WithPoolSize(30),
            ["HubSpot__BaseUrl"] = sandbox.BaseUrl.ToString(),
            ["HubSpot__AccessToken"] = sandbox.AccessToken,
            ["HubSpot__RequestsPerInterval"] = $"{RequestsPer10Seconds}",
            ["Gateway__Stores__0__Id"] = StoreId,
            ["Gateway__Stores__0__Platform"] = "WooCommerce",
            ["Gateway__Stores__0__Secret"] = "woo-bench-webhook-secret",
            ["Gateway__Stores__0__PortalId"] = PortalId,
            ["Gateway__Stores__0__Api__BaseUrl"] = new Uri(store.BaseUrl, WooCommerceSimulatorEndpoints.BasePath).ToString(),
            ["Gateway__Stores__0__Api__ClientId"] = "ck_bench",
            ["Gateway__Stores__0__Api__ClientSecret"] = "cs_bench",
            ["Gateway__Stores__0__Api__PageSize"] = PageSize.ToString(CultureInfo.InvariantCulture),
            ["Gateway__Stores__0__Api__PollInterval"] = "00:00:30",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var expected = new SandboxProgress(Customers, Orders, Enumerable.Range(1, Orders).Sum(WooCommerceGenerator.LinesOf));
        var portal = sandbox.DefaultPortal;
        var clock = Stopwatch.StartNew();
        await using var grid = await LocalGrid.StartAsync(1, environment, firstHostsGateway: false, cancellationToken);
        Console.WriteLine($"  silo logs in {grid.LogDirectory}");

        var killAfter = (int)(Orders * KillAt);
        await WaitForAsync(portal, p => p.Deals >= killAfter, Timeout, cancellationToken);
        var killedAt = clock.Elapsed;
        grid.Silos[0].Kill();
        var requestsBeforeRestart = woo.Requests.Count;
        Console.WriteLine($"  killed the silo at {killedAt.TotalSeconds:F1} s with {SandboxProgress.Of(portal)} in HubSpot");
        var restartTook = await grid.RestartAsync(grid.Silos[0], cancellationToken);

        var reached = await WaitForAsync(portal, p => p.Holds(expected), Timeout - clock.Elapsed, cancellationToken);
        var duration = clock.Elapsed;

        // The restarted connector must go on from its stored cursor: no first page of a resource's backfill again.
        var resumed = !woo.Requests.Skip(requestsBeforeRestart).Any(r => r.Contains("page=1&", StringComparison.Ordinal) && !r.Contains("modified_after", StringComparison.Ordinal));
        var calls = portal.Calls();
        var deals = portal.Objects(HubSpotObjectTypes.Deals);
        var contacts = portal.Objects(HubSpotObjectTypes.Contacts);
        return new BackfillResult(
            expected,
            reached,
            deals.Count - deals.Select(d => d.Properties.GetValueOrDefault(EcommerceSchema.OrderKey)).Distinct().Count(),
            contacts.Count - contacts.Select(c => c.Properties.GetValueOrDefault("email")).Distinct().Count(),
            duration,
            killedAt,
            restartTook,
            resumed,
            calls.Count,
            calls.Sum(c => (long)c.Inputs),
            calls.Count(c => c.Status == 429),
            RequestsPer10Seconds,
            woo.Calls);
    }

    private static async Task<SandboxProgress> WaitForAsync(SandboxPortal portal, Func<SandboxProgress, bool> done, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var last = Stopwatch.StartNew();
        while (true)
        {
            var now = SandboxProgress.Of(portal);
            if (done(now) || clock.Elapsed > timeout)
            {
                return now;
            }

            if (last.Elapsed > TimeSpan.FromSeconds(30))
            {
                Console.WriteLine($"  {now} after {clock.Elapsed.TotalSeconds:F0} s");
                last.Restart();
            }

            await Task.Delay(500, cancellationToken);
        }
    }
}
