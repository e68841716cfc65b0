using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using OrleansSync.Bench.Postgres;
using OrleansSync.Bench.Processes;
using OrleansSync.Bench.Reporting;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.Bench.EndToEnd;

/// <summary>
/// One measured run: a fresh database, a HubSpot sandbox in this process, <c>silos</c> silo processes (the first hosts
/// the gateway); warm-up orders until they reach HubSpot, then the measured orders over HTTP until every contact, deal
/// and line item they make is in the sandbox. A <c>rate</c> above 0 paces the measured orders at that many per second;
/// 0 sends them as fast as <c>concurrency</c> requests in flight allow.
/// </summary>
internal sealed class E2eRun(int silos, int deliveries, int warmUp, int concurrency, double rate, TimeSpan timeout)
{
    public const int SandboxRequestsPerInterval = 100_000;
    private const string PortalId = "1000001";

    public async Task<E2eResult> RunAsync(CancellationToken cancellationToken)
    {
        var options = new SandboxOptions { Portals = [new() { RequestsPerInterval = SandboxRequestsPerInterval, DailyLimit = 100_000_000, SearchRequestsPerSecond = 1_000 }] };
        await using var sandbox = await HubSpotSandboxHost.StartAsync(options, cancellationToken);
        await using var database = await BenchDatabase.CreateAsync("e2e", cancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["Grid__PostgresConnectionString"] = database.WithPoolSize(30),
            ["HubSpot__BaseUrl"] = sandbox.BaseUrl.ToString(),
            ["HubSpot__AccessToken"] = sandbox.AccessToken,
            ["HubSpot__RequestsPerInterval"] = $"{SandboxRequestsPerInterval}",
            ["Gateway__Admin__Token"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            ["Gateway__Stores__0__Id"] = ShopifyOrderDeliveries.Store,
            ["Gateway__Stores__0__Platform"] = "Shopify",
            ["Gateway__Stores__0__Secret"] = ShopifyOrderDeliveries.Secret,
            ["Gateway__Stores__0__PortalId"] = PortalId,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        await using var grid = await LocalGrid.StartAsync(silos, environment, firstHostsGateway: true, cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = grid.GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        var portal = sandbox.DefaultPortal;

        // Warm-up: JIT, pools, the portal's schema bootstrap and a first activation of every kind of grain, on every silo.
        var warmUpOrders = Enumerable.Range(0, warmUp).Select(i => ShopifyOrderDeliveries.WarmUpBase + i).ToArray();
        await SendAsync(http, warmUpOrders, new ConcurrentDictionary<long, DateTimeOffset>(), [], pace: 0, cancellationToken);
        var warmed = Expected(warmUpOrders);
        if (await WaitForAsync(portal, warmed, TimeSpan.FromSeconds(120), cancellationToken) is var reachedWarm && !reachedWarm.Holds(warmed))
        {
            throw new TimeoutException($"Warm-up orders did not reach HubSpot within 120 s ({reachedWarm} of {warmed}); silo logs in {grid.LogDirectory}.");
        }

        portal.ClearCalls();

        var orders = Enumerable.Range(0, deliveries).Select(i => (long)i).ToArray();
        var accepted = new ConcurrentDictionary<long, DateTimeOffset>();
        var acceptMs = new ConcurrentBag<double>();
        var siloCpu = grid.Silos.Sum(s => s.CpuTime.Ticks);
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var refused = await SendAsync(http, orders, accepted, acceptMs, rate, cancellationToken);
        var ingest = clock.Elapsed;
        var expected = Expected(orders);
        var target = new SandboxProgress(warmed.Contacts + expected.Contacts, warmed.Deals + expected.Deals, warmed.LineItems + expected.LineItems);
        var reached = await WaitForAsync(portal, target, timeout - ingest, cancellationToken);
        var endToEnd = clock.Elapsed;
        var siloCpuUsed = TimeSpan.FromTicks(grid.Silos.Sum(s => s.CpuTime.Ticks) - siloCpu);
        var benchCpuUsed = Process.GetCurrentProcess().TotalProcessorTime - benchCpu;

        var dealTimes = SandboxProgress.DealCreationTimes(portal);
        var dealMs = accepted.Where(a => dealTimes.ContainsKey(ShopifyOrderDeliveries.OrderKey(a.Key)))
            .Select(a => (dealTimes[ShopifyOrderDeliveries.OrderKey(a.Key)] - a.Value).TotalMilliseconds)
            .ToList();
        var calls = portal.Calls();
        var measured = new SandboxProgress(reached.Contacts - warmed.Contacts, reached.Deals - warmed.Deals, reached.LineItems - warmed.LineItems);
        if (!reached.Holds(target))
        {
            Console.WriteLine($"  {silos} silo(s): INCOMPLETE after {endToEnd.TotalSeconds:F0} s: {reached} of {target}; silo logs in {grid.LogDirectory}");
        }

        return new E2eResult(silos, deliveries, refused, (deliveries - refused) / ingest.TotalSeconds,
            Percentiles.Of(acceptMs, 0.50), Percentiles.Of(acceptMs, 0.99), reached.Holds(target), measured, expected, endToEnd,
            Percentiles.Of(dealMs, 0.50), Percentiles.Of(dealMs, 0.99), calls.Count, calls.Sum(c => (long)c.Inputs), calls.Count(c => c.Status == 429),
            siloCpuUsed, benchCpuUsed);
    }

    /// <summary>What the orders must leave in HubSpot: one contact per customer, one deal per order, its line items.</summary>
    private static SandboxProgress Expected(long[] orders) => new(
        orders.Select(ShopifyOrderDeliveries.Email).Distinct(StringComparer.Ordinal).Count(),
        orders.Length,
        orders.Length * ShopifyOrderDeliveries.LinesPerOrder);

    /// <summary>Posts every order, <c>concurrency</c> at a time (at <paramref name="pace"/> per second when above 0); returns how many were not answered 2xx.</summary>
    private async Task<int> SendAsync(HttpClient http, long[] orders, ConcurrentDictionary<long, DateTimeOffset> accepted, ConcurrentBag<double> acceptMs, double pace, CancellationToken cancellationToken)
    {
        var bodies = orders.ToDictionary(n => n, ShopifyOrderDeliveries.OrderBody);
        var refused = 0;
        var start = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(orders.Index(), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (order, ct) =>
        {
            var (i, n) = order;
            if (pace > 0 && TimeSpan.FromSeconds(i / pace) - Stopwatch.GetElapsedTime(start) is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, ct);
            }

            var sent = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(ShopifyOrderDeliveries.Delivery(n, bodies[n]), ct);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref refused);
                return;
            }

            accepted[n] = DateTimeOffset.UtcNow;
            acceptMs.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        });
        return refused;
    }

    private static async Task<SandboxProgress> WaitForAsync(SandboxPortal portal, SandboxProgress target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var now = SandboxProgress.Of(portal);
            if (now.Holds(target) || clock.Elapsed > timeout)
            {
                return now;
            }

            await Task.Delay(250, cancellationToken);
        }
    }
}
