using System.Diagnostics;
using System.Globalization;
using OrleansSync.Cluster.Tests.Grid;
using OrleansSync.Cluster.Tests.HubSpot;
using OrleansSync.Cluster.Tests.Processes;
using OrleansSync.Cluster.Tests.Workload;
using OrleansSync.Contracts.Portals;
using Xunit.Abstractions;

namespace OrleansSync.Cluster.Tests;

/// <summary>
/// The grid's guarantees with real processes failing under load: three silo processes and one gateway process on one
/// database, a silo killed (SIGKILL) and later another frozen (SIGSTOP for 20 s, then SIGCONT) while deliveries keep
/// coming. Nothing acknowledged may be lost or applied twice, and HubSpot must end up exactly as a one-silo run of the
/// same workload leaves it.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FailoverTests(ITestOutputHelper output)
{
    /// <summary>Deliveries per run, bounded for the fault suite; ORLEANSSYNC_CLUSTER_DELIVERIES=20000 for the full manual run.</summary>
    private static readonly int _deliveries = int.TryParse(Environment.GetEnvironmentVariable("ORLEANSSYNC_CLUSTER_DELIVERIES"), CultureInfo.InvariantCulture, out var n) ? n : 3_000;

    private static readonly TimeSpan _settleTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan _quiet = TimeSpan.FromSeconds(5);

    /// <summary>Settings of the failover run's processes: faster effect retries and a shorter hand-over backoff than the defaults (the guarantees do not depend on them, the test's duration does).</summary>
    private static readonly Dictionary<string, string?> _siloSettings = new()
    {
        ["Grains__EffectRetryPeriod"] = "00:00:10",
    };

    private static readonly Dictionary<string, string?> _gatewaySettings = new()
    {
        ["Deliveries__MaxRetryDelay"] = "00:00:05",
    };

    [Fact]
    public async Task Deliveries_SiloKilledAndAnotherFrozenUnderLoad_EveryAcknowledgedDeliveryAppliedExactlyOnce()
    {
        var workload = ShopifyWorkload.Create(_deliveries, DateTimeOffset.UtcNow);
        output.WriteLine($"workload: {workload.Deliveries.Count} deliveries ({workload.Customers.Count} customers/create, {workload.Orders.Count} orders/create, {workload.Updates} unchanged orders/updated, {workload.Repeats} redeliveries)");
        var expected = await OneSiloRunAsync(workload);

        await using var grid = await ProcessGrid.StartAsync(output, "failover");
        var silos = new[] { grid.StartSilo("silo-1", overrides: _siloSettings), grid.StartSilo("silo-2", overrides: _siloSettings), grid.StartSilo("silo-3", overrides: _siloSettings) };
        await Task.WhenAll(silos.Select(s => s.WaitReadyAsync(ProcessGrid.StartTimeout)));
        var gateway = grid.StartGateway("gateway", _gatewaySettings);
        await gateway.WaitReadyAsync(ProcessGrid.StartTimeout);
        var client = await grid.ClientAsync();
        grid.Log("3 silos and the gateway are ready");

        // Three quarters of the load go out while the faults happen; the last quarter only after the frozen silo is back.
        using var sender = new DeliverySender(gateway.BaseAddress, concurrency: 16);
        var sendWatch = Stopwatch.StartNew();
        var firstPart = workload.Deliveries.Take(workload.Deliveries.Count * 3 / 4).ToList();
        var sending = sender.SendAsync(firstPart);

        // SIGKILL the silo that runs the portal's grain, a fifth into the load.
        await sender.AnsweredAtLeastAsync(workload.Deliveries.Count / 5, sending);
        var victim = await PortalSiloAsync(client, silos) ?? silos[0];
        var victimAddress = (await client.Management.GetHosts(onlyActive: true)).Keys.Single(a => a.Endpoint.Port == SiloPort(victim));
        var probes = await FailoverProbe.GrainsOnAsync(client, victimAddress, 20);
        var killedAt = Stopwatch.StartNew();
        await victim.KillAsync();
        grid.Log($"SIGKILL {victim.Name} (ran the portal's grain and {probes.Count} probed grains) after {sender.Answered} answers");
        var recovery = FailoverProbe.TimeToAnswerAsync(client, probes, killedAt, TimeSpan.FromSeconds(90));

        // SIGSTOP the silo that runs the portal's grain now for 20 s, two fifths into the load.
        await sender.AnsweredAtLeastAsync(workload.Deliveries.Count * 2 / 5, sending);
        var survivors = silos.Where(s => s != victim).ToList();
        var frozen = await PortalSiloAsync(client, survivors) ?? survivors[0];
        frozen.Freeze();
        grid.Log($"SIGSTOP {frozen.Name} after {sender.Answered} answers");
        await Task.Delay(TimeSpan.FromSeconds(20));
        frozen.Resume();
        grid.Log($"SIGCONT {frozen.Name} after {sender.Answered} answers");

        await sending;
        await sender.SendAsync(workload.Deliveries.Skip(firstPart.Count).ToList());
        grid.Log($"sent {workload.Deliveries.Count} deliveries in {sendWatch.Elapsed.TotalSeconds:0.0} s: {sender.Acknowledged.Count} distinct acknowledged "
            + $"({sender.Acknowledged.Values.Count(s => s == "duplicate")} first answered as duplicates), {sender.Retries} re-sent "
            + $"[{string.Join(", ", sender.Refusals.Select(r => $"{r.Key}: {r.Value}"))}]");
        var answered = await recovery;
        var sorted = answered.Order().ToList();
        grid.Log(sorted.Count == 0
            ? "SIGKILL -> grains answer again: no grain of the killed silo was probed"
            : $"SIGKILL -> its grains answer again: p50 {sorted[sorted.Count / 2].TotalSeconds:0.00} s, max {sorted[^1].TotalSeconds:0.00} s ({sorted.Count} grains)");

        await grid.SettleAsync(sender, workload, _settleTimeout, _quiet);
        grid.Log($"{frozen.Name} after SIGCONT: {(frozen.HasExited ? "exited (it had been declared dead)" : "running")}; in the processes' last lines: "
            + $"{Count(grid, "[4002]")} writes of stale activations refused on the ETag, {Count(grid, "[4005]")} activations discarded after a turn that could not be stored");

        // Exactly once: one record per key, counts and sums that include each order once, the store's revenue per day
        // and currency, and everything as in the one-silo run.
        await ExactlyOnceChecks.AssertAsync(grid, sender, workload);
        var actual = await CrmSnapshot.CaptureAsync(grid.Sandbox);
        Assert.True(expected.SequenceEqual(actual), CrmSnapshot.Difference(expected, actual));
    }

    /// <summary>The same workload through one silo process hosting the gateway, no faults: the state HubSpot must end in.</summary>
    private async Task<IReadOnlyList<string>> OneSiloRunAsync(ShopifyWorkload workload)
    {
        await using var grid = await ProcessGrid.StartAsync(output, "one_silo");
        var silo = grid.StartSilo("one silo", hostGateway: true, _siloSettings);
        await silo.WaitReadyAsync(ProcessGrid.StartTimeout);
        using var sender = new DeliverySender(silo.BaseAddress, concurrency: 16);
        var watch = Stopwatch.StartNew();
        await sender.SendAsync(workload.Deliveries);
        grid.Log($"one-silo run: sent {workload.Deliveries.Count} deliveries in {watch.Elapsed.TotalSeconds:0.0} s");
        await grid.SettleAsync(sender, workload, _settleTimeout, _quiet);
        var snapshot = await CrmSnapshot.CaptureAsync(grid.Sandbox);
        grid.Log($"one-silo run: {snapshot.Count} CRM lines after {watch.Elapsed.TotalSeconds:0.0} s");
        return snapshot;
    }

    private static async Task<GridProcess?> PortalSiloAsync(GridClient client, IEnumerable<GridProcess> candidates)
    {
        try
        {
            var status = await client.Cluster.GetGrain<IHubSpotPortalGrain>(ShopifyStore.PortalId).GetStatusAsync().WaitAsync(TimeSpan.FromSeconds(5));
            return candidates.FirstOrDefault(p => status.Silo.Contains($":{SiloPort(p)}:", StringComparison.Ordinal));
        }
        catch (Exception error) when (error is TimeoutException or OrleansException)
        {
            return null;
        }
    }

    private static int Count(ProcessGrid grid, string eventId) =>
        grid.Processes.Sum(p => p.Tail(4_000).Split('\n').Count(l => l.Contains(eventId, StringComparison.Ordinal)));

    private static int SiloPort(GridProcess silo) => int.Parse(silo.Environment["Silo__SiloPort"], CultureInfo.InvariantCulture);
}
