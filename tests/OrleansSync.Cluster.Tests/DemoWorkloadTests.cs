using System.Globalization;
using System.Text.RegularExpressions;
using OrleansSync.Cluster.Tests.Grid;
using OrleansSync.Cluster.Tests.Processes;
using OrleansSync.Workload;
using OrleansSync.Workload.Verification;
using Xunit.Abstractions;

namespace OrleansSync.Cluster.Tests;

/// <summary>The README's demo: the main job with <c>Demo:WorkloadOrders</c> sends a simulated store and reports what reached HubSpot.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DemoWorkloadTests(ITestOutputHelper output)
{
    private const int Orders = 20;
    private const long DemoPortalId = 1000001;

    [Fact]
    public async Task Silo_DemoWorkload_PrintsASummaryThatMatchesTheSandbox()
    {
        await using var grid = await ProcessGrid.StartAsync(output);
        var sandboxPort = FreePorts.Next();

        // Demo mode (nothing configured) on free ports: another test run on this machine may hold the default ones.
        var silo = grid.Start("main job", BuildOutputs.Silo, new Dictionary<string, string>
        {
            ["Silo__SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Silo__GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["HubSpot__Sandbox__Port"] = sandboxPort.ToString(CultureInfo.InvariantCulture),
            ["Demo__WorkloadOrders"] = Orders.ToString(CultureInfo.InvariantCulture),
            ["Demo__ProgressInterval"] = "00:00:01",
        });
        await silo.WaitReadyAsync(ProcessGrid.StartTimeout);
        await Eventually.UntilAsync(
            () => Task.FromResult(silo.Tail(400).Contains("Dashboard: ", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(120),
            $"the main job to print the demo workload summary for {Orders} orders",
            () => Task.FromResult(silo.Tail(80)));
        var summary = silo.Tail(400);
        output.WriteLine(summary);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var workload = StoreWorkload.Generate(seed: 1, Orders);
        var sandbox = await new HubSpotVerifier(http, new Uri($"http://127.0.0.1:{sandboxPort}/")).VerifyAsync(workload, DemoPortalId, null, CancellationToken.None);

        Assert.Equal(0, Figure(summary, "lost"));
        Assert.Equal(0, Figure(summary, "duplicates in HubSpot"));
        Assert.Equal(workload.Events.Count, Figure(summary, @"events \(webhook deliveries\)"));
        Assert.True(sandbox.Lost == 0 && sandbox.Duplicates == 0, $"the sandbox itself: {sandbox}");
        Assert.Equal(sandbox.Calls.Calls, Figure(summary, "HubSpot calls"));
        Assert.Equal(sandbox.Calls.Http429, Figure(summary, "HTTP 429s"));
        Assert.Contains("Demo workload: ", summary, StringComparison.Ordinal);
        Assert.Contains($"Dashboard: {silo.BaseAddress}dashboard (admin token demo-admin-token-not-for-production)", summary, StringComparison.Ordinal);
    }

    /// <summary>The first number of the summary row named <paramref name="row"/> (a regex), e.g. <c>  lost   0</c>.</summary>
    private static int Figure(string summary, string row)
    {
        var match = Regex.Match(summary, $@"^\s+{row}\s+(?<n>[\d,]+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"no '{row}' row in the summary:{Environment.NewLine}{summary}");
        return int.Parse(match.Groups["n"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }
}
