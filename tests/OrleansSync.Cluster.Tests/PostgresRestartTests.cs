using OrleansSync.Cluster.Tests.Grid;
using OrleansSync.Cluster.Tests.Processes;
using OrleansSync.Cluster.Tests.Workload;
using Xunit.Abstractions;

namespace OrleansSync.Cluster.Tests;

/// <summary>
/// The database restarting under load (<c>pg_ctl stop -m fast</c>, then start, as a failover or a minor-version upgrade
/// does): two silo processes and a gateway process on a PostgreSQL server of the test's own ride through it. The
/// gateway refuses what it cannot make durable, the store sends those again, and in the end nothing acknowledged is
/// lost, nothing is doubled, and HubSpot's revenue is the store's.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private const int Deliveries = 2_000;

    private static readonly TimeSpan _settleTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan _quiet = TimeSpan.FromSeconds(5);

    // Shorter waits than the defaults before a failed hand-over or effect is retried, and before rows a gateway could not
    // mark during the outage go back to the sweep: the test's duration depends on them, the outcome must not.
    private static readonly Dictionary<string, string?> _siloSettings = new()
    {
        ["Grains__EffectRetryPeriod"] = "00:00:10",
    };

    private static readonly Dictionary<string, string?> _gatewaySettings = new()
    {
        ["Deliveries__MaxRetryDelay"] = "00:00:05",
        ["Deliveries__HandOffTimeout"] = "00:00:05",
        ["Deliveries__ClaimLease"] = "00:00:10",
    };

    [Fact]
    public async Task Deliveries_PostgresRestartedUnderLoad_AcknowledgedOnesAppliedOnceAndRefusedOnesResent()
    {
        var workload = ShopifyWorkload.Create(Deliveries, DateTimeOffset.UtcNow);
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await using var grid = await ProcessGrid.StartAsync(output, postgres, "pg_restart");
        var silos = new[] { grid.StartSilo("silo-1", overrides: _siloSettings), grid.StartSilo("silo-2", overrides: _siloSettings) };
        await Task.WhenAll(silos.Select(s => s.WaitReadyAsync(ProcessGrid.StartTimeout)));
        var gateway = grid.StartGateway("gateway", _gatewaySettings);
        await gateway.WaitReadyAsync(ProcessGrid.StartTimeout);
        grid.Log("2 silos and the gateway are ready");

        using var sender = new DeliverySender(gateway.BaseAddress, concurrency: 16);
        var sending = sender.SendAsync(workload.Deliveries);
        await sender.AnsweredAtLeastAsync(workload.Deliveries.Count / 3, sending);

        var acknowledgedBefore = sender.Acknowledged.Keys.ToList();
        var refusedBefore = sender.Retries;
        await postgres.StopAsync();
        grid.Log($"PostgreSQL stopped (-m fast) after {acknowledgedBefore.Count} acknowledged deliveries");

        // The outage lasts until the store has felt it: the gateway refuses what it cannot make durable.
        await Eventually.UntilAsync(
            () => Task.FromResult(sender.Retries >= refusedBefore + 100 || sending.IsCompleted),
            TimeSpan.FromSeconds(60),
            "the gateway to refuse deliveries while PostgreSQL is down",
            () => Task.FromResult($"{sender.Retries - refusedBefore} refused so far{Environment.NewLine}{grid.Tails()}"));
        var refusedDuringOutage = sender.Retries - refusedBefore;
        await postgres.StartAgainAsync();
        grid.ForgetDatabaseConnections();
        grid.Log($"PostgreSQL started again after {refusedDuringOutage} refused deliveries [{string.Join(", ", sender.Refusals.Select(r => $"{r.Key}: {r.Value}"))}]");

        await sending;
        grid.Log($"sent {workload.Deliveries.Count} deliveries, {sender.Acknowledged.Count} distinct acknowledged, {sender.Retries} re-sent "
            + $"[{string.Join(", ", sender.Refusals.Select(r => $"{r.Key}: {r.Value}"))}]");
        await grid.SettleAsync(sender, workload, _settleTimeout, _quiet);

        Assert.True(refusedDuringOutage > 0, "the store felt no outage: no delivery was refused while PostgreSQL was down");
        Assert.Equal(0, await grid.Deliveries.UndeliveredAsync(acknowledgedBefore));
        await ExactlyOnceChecks.AssertAsync(grid, sender, workload);
        var exited = grid.Processes.Where(p => p.HasExited).Select(p => p.Name).ToList();
        Assert.True(exited.Count == 0, $"did not ride through the restart: {string.Join(", ", exited)}{Environment.NewLine}{grid.Tails()}");
    }
}
