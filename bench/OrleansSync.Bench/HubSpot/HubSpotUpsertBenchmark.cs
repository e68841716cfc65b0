using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Bench.Reporting;
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
        await RunConditions.PrintAsync(postgres: false, "production client, up to 4 requests in flight (HubSpot:MaxConcurrentRequests)",
        [
            ("sandbox", $"in this process, {calls} calls per {window.TotalSeconds:F0} s → physical limit {physical:F0} records/s (plus one initial burst)"),
            ("records", $"{records:N0} contacts per scenario, batches of {HubSpotClient.BatchSize}, production client (Polly pipeline)"),
            ("ratio", "achieved records/s ÷ physical bound over the same elapsed time (burst + calls per window × 100 records)"),
        ], cancellationToken);

        var table = new FigureTable("scenario", "seconds", "records/s", "ratio", "calls", "429s", "5xx", "failed");
        await RunOneAsync(table, "limit configured (100), 0% 5xx", records, calls, window, configured: calls, errorRate: 0, cancellationToken);
        await RunOneAsync(table, "limit configured (100), 20% 5xx", records, calls, window, configured: calls, errorRate: 0.2, cancellationToken);
        await RunOneAsync(table, "limit not configured (adaptive), 0% 5xx", records, calls, window, configured: null, errorRate: 0, cancellationToken);
        await RunOneAsync(table, "limit configured too high (250), 0% 5xx", records, calls, window, configured: 250, errorRate: 0, cancellationToken);
        table.Add("retired runtime (README): limit configured, 0% 5xx", "20.5–20.9", "-", "0.97–0.98", "-", "0", "-", "-");
        table.Print();
        RunConditions.PrintLoadAtEnd();
    }

    private static async Task RunOneAsync(FigureTable table, string scenario, int records, int calls, TimeSpan window, int? configured, double errorRate, CancellationToken cancellationToken)
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
        table.Add(scenario, $"{clock.Elapsed.TotalSeconds:F1}", $"{rate:F0}", $"{rate / bound:F2}", $"{log.Count}", $"{log.Count(c => c.Status == 429)}", $"{log.Count(c => c.Status >= 500)}", $"{result.Failed.Count}");
    }
}
