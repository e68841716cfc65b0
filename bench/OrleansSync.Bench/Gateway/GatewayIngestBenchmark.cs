using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OrleansSync.Contracts.Routing;
using OrleansSync.Runtime.Client;

namespace OrleansSync.Bench.Gateway;

/// <summary>
/// Durable ingest of signed Shopify webhooks over real HTTP into PostgreSQL: the saturated rate (beside a
/// baseline of direct appends without HTTP and signature) and the accept latency at a steady 1,000/s.
/// </summary>
public sealed class GatewayIngestBenchmark : IBenchmark
{
    public string Name => "gateway-ingest";

    public string Description =>
        "Gateway: durable ingest rate of signed webhooks on PostgreSQL and p99 accept latency at 1,000/s. Args: [--postgres CS] [--deliveries N] [--concurrency C] [--rate R] [--seconds S]";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var connectionString = Arg(args, "--postgres") ?? Environment.GetEnvironmentVariable("ORLEANSSYNC_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Console.WriteLine("needs PostgreSQL: pass --postgres <Npgsql connection string> or set ORLEANSSYNC_TEST_POSTGRES");
            return;
        }

        var deliveries = int.Parse(Arg(args, "--deliveries") ?? "20000", System.Globalization.CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Arg(args, "--concurrency") ?? "64", System.Globalization.CultureInfo.InvariantCulture);
        var rate = int.Parse(Arg(args, "--rate") ?? "1000", System.Globalization.CultureInfo.InvariantCulture);
        var seconds = int.Parse(Arg(args, "--seconds") ?? "15", System.Globalization.CultureInfo.InvariantCulture);

        await using var gateway = await BenchGateway.StartAsync(connectionString, cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = gateway.Address };
        try
        {
            await WarmUpAsync(http, cancellationToken);
            await SaturatedAsync(gateway, http, deliveries, concurrency, cancellationToken);
            await SteadyAsync(http, rate, seconds, cancellationToken);
        }
        finally
        {
            await DropSchemaAsync(connectionString, gateway.Schema);
        }
    }

    private static async Task WarmUpAsync(HttpClient http, CancellationToken cancellationToken)
    {
        await Parallel.ForAsync(0, 500, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            using var response = await http.SendAsync(BenchGateway.Delivery(-1 - i, BenchGateway.OrderBody(900_000_000 + i)), ct);
            response.EnsureSuccessStatusCode();
        });
    }

    private static async Task SaturatedAsync(BenchGateway gateway, HttpClient http, int deliveries, int concurrency, CancellationToken cancellationToken)
    {
        var bodies = Enumerable.Range(0, deliveries).Select(i => BenchGateway.OrderBody(i)).ToArray();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, deliveries, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            using var response = await http.SendAsync(BenchGateway.Delivery(i, bodies[i]), ct);
            response.EnsureSuccessStatusCode();
        });
        var gatewayRate = deliveries / Stopwatch.GetElapsedTime(started).TotalSeconds;

        // Baseline: the same events appended straight through the grain client (no HTTP, no signature, no mapping).
        var client = gateway.Services.GetRequiredService<IGrainClient>();
        var events = Enumerable.Range(0, deliveries)
            .Select(i => new OrleansSync.Contracts.Customers.EraseCustomer("1001", $"baseline{i}@example.com", $"r{i}", "bench", null, DateTimeOffset.UnixEpoch))
            .ToArray();
        started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, deliveries, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
            await client.PostAsync(GrainRouting.Route(events[i]), events[i], $"baseline:{i}", ct));
        var baselineRate = deliveries / Stopwatch.GetElapsedTime(started).TotalSeconds;

        Console.WriteLine($"durable ingest, {deliveries} signed Shopify orders/updated (~1.1 KB) over HTTP, {concurrency} in flight:");
        Console.WriteLine($"  gateway   {gatewayRate,8:F0} deliveries/s appended on PostgreSQL (answered 200 after commit)");
        Console.WriteLine($"  baseline  {baselineRate,8:F0} appends/s via IGrainClient.PostAsync (no HTTP, signature or mapping)");
    }

    private static async Task SteadyAsync(HttpClient http, int rate, int seconds, CancellationToken cancellationToken)
    {
        var total = rate * seconds;
        var bodies = Enumerable.Range(0, total).Select(i => BenchGateway.OrderBody(1_000_000 + i)).ToArray();
        var latencies = new double[total];
        var failures = 0;
        var tasks = new List<Task>(total);
        var interval = Stopwatch.Frequency / (double)rate;
        var start = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        var next = 0;
        while (next < total && await timer.WaitForNextTickAsync(cancellationToken))
        {
            var now = Stopwatch.GetTimestamp();
            for (; next < total && start + (long)(next * interval) <= now; next++)
            {
                var i = next;
                var due = start + (long)(i * interval);
                tasks.Add(Task.Run(
                    async () =>
                    {
                        using var response = await http.SendAsync(BenchGateway.Delivery(1_000_000 + i, bodies[i]), cancellationToken);
                        if (!response.IsSuccessStatusCode)
                        {
                            Interlocked.Increment(ref failures);
                        }

                        // From the scheduled send time, so a stalled gateway cannot hide its queueing (no coordinated omission).
                        latencies[i] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                    },
                    cancellationToken));
            }
        }

        await Task.WhenAll(tasks);
        var achieved = total / Stopwatch.GetElapsedTime(start).TotalSeconds;
        Array.Sort(latencies);
        Console.WriteLine($"accept latency at a steady {rate}/s for {seconds} s ({total} deliveries, achieved {achieved:F0}/s, {failures} failed):");
        Console.WriteLine($"  p50 {Percentile(latencies, 0.50):F1} ms   p90 {Percentile(latencies, 0.90):F1} ms   p99 {Percentile(latencies, 0.99):F1} ms   max {latencies[^1]:F1} ms   (Shopify allows 5,000 ms)");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task DropSchemaAsync(string connectionString, string schema)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        await command.ExecuteNonQueryAsync();
    }

    private static string? Arg(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
