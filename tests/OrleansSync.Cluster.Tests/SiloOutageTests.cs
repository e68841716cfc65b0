using System.Net;
using OrleansSync.Cluster.Tests.Grid;
using OrleansSync.Cluster.Tests.HubSpot;
using OrleansSync.Cluster.Tests.Workload;
using Xunit.Abstractions;

namespace OrleansSync.Cluster.Tests;

/// <summary>With no silo at all the gateway still acknowledges deliveries, and keeps them until a silo is back.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Deliveries_EverySiloStoppedWhileTheGatewayAccepts_AllAppliedExactlyOnceWhenASiloStartsAgain()
    {
        var workload = ShopifyWorkload.Create(2_000, DateTimeOffset.UtcNow);
        var half = workload.Deliveries.Count / 2;
        await using var grid = await ProcessGrid.StartAsync(output, "outage");
        var silos = new[] { grid.StartSilo("silo-1"), grid.StartSilo("silo-2") };
        await Task.WhenAll(silos.Select(s => s.WaitReadyAsync(ProcessGrid.StartTimeout)));
        var gateway = grid.StartGateway("gateway", new Dictionary<string, string?> { ["Deliveries__MaxRetryDelay"] = "00:00:05" });
        await gateway.WaitReadyAsync(ProcessGrid.StartTimeout);

        using var sender = new DeliverySender(gateway.BaseAddress, concurrency: 16);
        await sender.SendAsync(workload.Deliveries.Take(half).ToList());
        grid.Log($"{sender.Acknowledged.Count} deliveries acknowledged with two silos up");

        // One silo leaves gracefully, the other dies: no silo is left.
        await silos[0].StopAsync(TimeSpan.FromSeconds(60));
        await silos[1].KillAsync();
        grid.Log("silo-1 stopped (SIGTERM), silo-2 killed (SIGKILL)");
        await Eventually.UntilAsync(
            async () => await gateway.ProbeAsync("health/ready") == HttpStatusCode.ServiceUnavailable,
            TimeSpan.FromSeconds(60),
            "the gateway to report that no silo is active",
            () => Task.FromResult(gateway.Tail()));

        var beforeOutage = sender.Acknowledged.Keys.ToHashSet();
        var retriesBefore = sender.Retries;
        await sender.SendAsync(workload.Deliveries.Skip(half).ToList());
        var duringOutage = sender.Acknowledged.Keys.Where(k => !beforeOutage.Contains(k)).ToList();
        grid.Log($"{duringOutage.Count} more deliveries acknowledged with no silo up, {sender.Retries - retriesBefore} re-sent");
        Assert.Equal(0, sender.Retries - retriesBefore);
        Assert.Equal(workload.Deliveries.Select(d => d.DeliveryKey).Distinct().Count(), sender.Acknowledged.Count);
        Assert.Equal(duringOutage.Count, await grid.Deliveries.UndeliveredAsync(duringOutage));

        var replacement = grid.StartSilo("silo-3");
        await replacement.WaitReadyAsync(ProcessGrid.StartTimeout);
        grid.Log("silo-3 ready");

        await grid.SettleAsync(sender, workload, TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(5));
        Assert.Equal(0, await grid.Deliveries.UndeliveredAsync(sender.Acknowledged.Keys));
        var problems = CrmExpectations.Problems(new(grid.Sandbox.DefaultPortal), workload);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
