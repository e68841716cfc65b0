using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OrleansSync.Cluster.Tests.Grid;
using OrleansSync.Cluster.Tests.Processes;
using OrleansSync.Cluster.Tests.Workload;
using Xunit.Abstractions;

namespace OrleansSync.Cluster.Tests;

/// <summary>Each way the processes are deployed starts from its environment alone and says when it is ready.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ProcessConfigurationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ComposeServices_GatewayStartedBeforeAnySilo_AcceptsAtOnceAndIsReadyOnceTheSiloIsActive()
    {
        var compose = ComposeServices.Load();
        await using var grid = await ProcessGrid.StartAsync(output);
        grid.Log($"compose silo service '{compose.SiloService}': {string.Join(", ", compose.Silo.Keys)}");
        grid.Log($"compose gateway service '{compose.GatewayService}': {string.Join(", ", compose.Gateway.Keys)}");
        Assert.Equal("false", compose.Silo.GetValueOrDefault("Silo__HostGateway"));

        var gateway = grid.Start("gateway", BuildOutputs.Gateway, compose.GatewayOn(grid));
        await gateway.WaitLiveAsync(ProcessGrid.StartTimeout);
        Assert.True(await gateway.ProbeAsync("health/ready") == HttpStatusCode.ServiceUnavailable, $"the gateway must not be ready without a silo.{Environment.NewLine}{gateway.Tail()}");

        // Durable before acknowledged needs no silo: the deliveries wait in the queue.
        var workload = ShopifyWorkload.Create(40, DateTimeOffset.UtcNow);
        using var sender = new DeliverySender(gateway.BaseAddress, concurrency: 4, compose.Gateway["Gateway__Stores__0__Secret"]);
        await sender.SendAsync(workload.Deliveries);
        Assert.Equal(workload.Deliveries.Select(d => d.DeliveryKey).Distinct().Count(), sender.Acknowledged.Count);
        Assert.Equal(sender.Acknowledged.Count, await grid.Deliveries.UndeliveredAsync(sender.Acknowledged.Keys));
        grid.Log($"{sender.Acknowledged.Count} deliveries acknowledged with no silo up");

        var silo = grid.Start(compose.SiloService, BuildOutputs.Silo, compose.SiloOn(grid));
        await silo.WaitReadyAsync(ProcessGrid.StartTimeout);
        grid.Log("silo ready");
        Assert.True(await silo.ProbeAsync("admin/status") == HttpStatusCode.NotFound, "a silo without the gateway serves no gateway endpoints");
        await gateway.WaitReadyAsync(ProcessGrid.StartTimeout);
        grid.Log("gateway ready");

        var status = await AdminStatusAsync(gateway, compose.Gateway["Gateway__Admin__Token"]);
        Assert.Equal(1, status.GetProperty("silos").GetArrayLength());
        await Eventually.UntilAsync(
            async () => await grid.Deliveries.UndeliveredAsync(sender.Acknowledged.Keys) == 0,
            TimeSpan.FromSeconds(120),
            "the deliveries queued before the silo came up to be handed over",
            async () => $"{await grid.Deliveries.PendingAsync()} rows pending.{Environment.NewLine}{grid.Tails()}");
    }

    [Fact]
    public async Task Silo_HostingTheGatewayOnPostgres_AnswersReadyAndSyncsADeliveryToHubSpot()
    {
        await using var grid = await ProcessGrid.StartAsync(output);
        var silo = grid.StartSilo("silo+gateway", hostGateway: true);
        await silo.WaitReadyAsync(ProcessGrid.StartTimeout);

        var workload = ShopifyWorkload.Create(40, DateTimeOffset.UtcNow);
        using var sender = new DeliverySender(silo.BaseAddress, concurrency: 4);
        await sender.SendAsync(workload.Deliveries);
        grid.Log($"{sender.Acknowledged.Count} deliveries acknowledged");

        await Eventually.UntilAsync(
            async () => await grid.Deliveries.UndeliveredAsync(sender.Acknowledged.Keys) == 0 && HubSpot.CrmExpectations.Problems(new(grid.Sandbox.DefaultPortal), workload).Count == 0,
            TimeSpan.FromSeconds(90),
            "every delivery applied and the portal matching the workload",
            () => Task.FromResult(string.Join("; ", HubSpot.CrmExpectations.Problems(new(grid.Sandbox.DefaultPortal), workload)) + Environment.NewLine + grid.Tails()));
        var status = await AdminStatusAsync(silo, ProcessGrid.AdminToken);
        Assert.Equal(1, status.GetProperty("silos").GetArrayLength());
    }

    [Fact]
    public async Task Silo_NoConfiguration_RunsTheDemoModeAndAnswersReady()
    {
        await using var grid = await ProcessGrid.StartAsync(output);

        // Nothing configured but where to listen: another test run on this machine may hold the default ports.
        var silo = grid.Start("main job", BuildOutputs.Silo, new Dictionary<string, string>
        {
            ["Silo__SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo__GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HubSpot__Sandbox__Port"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await silo.WaitReadyAsync(ProcessGrid.StartTimeout);

        var status = await AdminStatusAsync(silo, "demo-admin-token-not-for-production");
        Assert.Equal(1, status.GetProperty("silos").GetArrayLength());
        Assert.Contains("DEMO MODE", silo.Tail(200), StringComparison.Ordinal);
        Assert.Contains("IN MEMORY", silo.Tail(200), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> AdminStatusAsync(GridProcess process, string token)
    {
        using var http = new HttpClient { BaseAddress = process.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.GetAsync("admin/status");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /admin/status on {process.Name}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
