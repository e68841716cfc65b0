using System.Net.Http.Headers;
using System.Text.Json;
using OrleansSync.Cluster.Tests.Grid;
using OrleansSync.Cluster.Tests.HubSpot;
using OrleansSync.Cluster.Tests.Workload;
using Xunit.Abstractions;

namespace OrleansSync.Cluster.Tests;

/// <summary>Adding a silo process to a running grid adds capacity: it becomes a member and new grains run on it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Silo_SecondSiloJoinsARunningCluster_TakesNewGrains()
    {
        await using var grid = await ProcessGrid.StartAsync(output);
        var first = grid.StartSilo("silo-1", hostGateway: true);
        await first.WaitReadyAsync(ProcessGrid.StartTimeout);
        var client = await grid.ClientAsync();
        var before = await client.ActivationsBySiloAsync();
        var firstAddress = Assert.Single(before.Keys);

        var second = grid.StartSilo("silo-2");
        await second.WaitReadyAsync(ProcessGrid.StartTimeout);
        grid.Log("silo-2 ready");
        await Eventually.UntilAsync(
            async () => (await AdminStatusAsync(first)).GetProperty("silos").GetArrayLength() == 2,
            TimeSpan.FromSeconds(30),
            "GET /admin/status on silo-1 to list both silos",
            async () => (await AdminStatusAsync(first)).GetProperty("silos").ToString());

        // New orders and customers after the join: their grains are placed across both silos.
        var workload = ShopifyWorkload.Create(400, DateTimeOffset.UtcNow);
        using var sender = new DeliverySender(first.BaseAddress, concurrency: 8);
        await sender.SendAsync(workload.Deliveries);
        grid.Log($"{sender.Acknowledged.Count} deliveries acknowledged");
        await Eventually.UntilAsync(
            async () => await grid.Deliveries.UndeliveredAsync(sender.Acknowledged.Keys) == 0 && CrmExpectations.Problems(new(grid.Sandbox.DefaultPortal), workload).Count == 0,
            TimeSpan.FromSeconds(120),
            "every delivery applied and the portal matching the workload",
            () => Task.FromResult(string.Join("; ", CrmExpectations.Problems(new(grid.Sandbox.DefaultPortal), workload)) + Environment.NewLine + grid.Tails()));

        var after = await client.ActivationsBySiloAsync();
        foreach (var (silo, types) in after)
        {
            grid.Log($"{silo}: {string.Join(", ", types.Select(t => $"{t.Key}={t.Value}"))}");
        }

        var joined = Assert.Single(after.Keys, s => !s.Equals(firstAddress));
        Assert.True(
            DomainActivations(after[joined]) > 0,
            $"silo-2 ({joined}) runs no order or customer grain after {workload.Orders.Count} orders: {string.Join(", ", after[joined].Select(t => $"{t.Key}={t.Value}"))}");
    }

    private static int DomainActivations(IReadOnlyDictionary<string, int> types) =>
        types.Where(t => t.Key.Contains("OrderGrain", StringComparison.Ordinal) || t.Key.Contains("CustomerGrain", StringComparison.Ordinal)).Sum(t => t.Value);

    private static async Task<JsonElement> AdminStatusAsync(Processes.GridProcess process)
    {
        using var http = new HttpClient { BaseAddress = process.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ProcessGrid.AdminToken);
        return JsonDocument.Parse(await http.GetStringAsync("admin/status")).RootElement.Clone();
    }
}
