using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Sandbox;

namespace OrleansSync.Bench.HubSpot;

/// <summary>
/// Contact upserts through the production client against the sandbox, compared with the sandbox's physical limit
/// (calls per window × 100 records per call). Args: [records] [callsPerWindow] [windowSeconds].
/// </summary>
public sealed class HubSpotUpsertBenchmark : IBenchmark
{
    public string Name => "hubspot-upsert";

    public string Description => "HubSpot client upsert throughput vs the portal's physical limit; 429 count";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var records = args.Count > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 30_000;
        var calls = args.Count > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
        var window = TimeSpan.FromSeconds(args.Count > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
        var physical = calls * HubSpotClient.BatchSize / window.TotalSeconds;
        Console.WriteLine($"sandbox: {calls} calls per {window.TotalSeconds:F0} s → physical limit {physical:F0} records/s (plus one initial burst); {records:N0} contacts per run");
        Console.WriteLine("ratio = achieved records/s ÷ physical bound over the same elapsed time (burst + calls per window × 100 records)");
        Console.WriteLine($"{"scenario",-38} {"seconds",8} {"records/s",10} {"ratio",6} {"calls",6} {"429s",5} {"5xx",5} {"failed",6}");
        await RunOneAsync("limit configured (100), 0% 5xx", records, calls, window, configured: calls, errorRate: 0, cancellationToken);
        await RunOneAsync("limit configured (100), 20% 5xx", records, calls, window, configured: calls, errorRate: 0.2, cancellationToken);
        await RunOneAsync("limit not configured (adaptive), 0% 5xx", records, calls, window, configured: null, errorRate: 0, cancellationToken);
        await RunOneAsync("limit configured too high (250), 0% 5xx", records, calls, window, configured: 250, errorRate: 0, cancellationToken);
    }

    private static async Task RunOneAsync(string scenario, int records, int calls, TimeSpan window, int? configured, double errorRate, CancellationToken cancellationToken)
    {
        var options = new SandboxOptions { Portals = [new() { RequestsPerInterval = calls, Interval = window }] };
        await using var sandbox = await HubSpotSandboxHost.StartAsync(options, cancellationToken);
        sandbox.DefaultPortal.Faults.ServerErrorRate = errorRate;
        var settings = new Dictionary<string, string?>
        {
            ["HubSpot:BaseUrl"] = sandbox.BaseUrl.ToString(),
            ["HubSpot:AccessToken"] = sandbox.AccessToken,
            ["HubSpot:RequestsPerInterval"] = configured?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HubSpot:RateLimitInterval"] = window.ToString(),
            ["HubSpot:RetryBaseDelay"] = "00:00:00.050",
        };
        var services = new ServiceCollection().AddLogging().AddHubSpotClient(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<HubSpotClient>();
        var input = Enumerable.Range(0, records)
            .Select(i => new UpsertRecord($"bench{i}@example.com", new Dictionary<string, string> { ["firstname"] = $"N{i}" }))
            .ToList();

        var clock = Stopwatch.StartNew();
        var result = await client.UpsertAsync(HubSpotObjectTypes.Contacts, "email", input, cancellationToken);
        clock.Stop();

        var log = sandbox.DefaultPortal.Calls();
        var rate = records / clock.Elapsed.TotalSeconds;
        // A rolling window allows a full burst at t = 0 and then one window's worth per window: that is the physical bound.
        var bound = calls * HubSpotClient.BatchSize * (1 + (clock.Elapsed / window)) / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{scenario,-38} {clock.Elapsed.TotalSeconds,8:F1} {rate,10:F0} {rate / bound,6:F2} {log.Count,6} {log.Count(c => c.Status == 429),5} {log.Count(c => c.Status >= 500),5} {result.Failed.Count,6}");
    }
}
