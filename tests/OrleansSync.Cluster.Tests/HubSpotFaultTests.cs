using OrleansSync.Cluster.Tests.Grid;
using OrleansSync.Cluster.Tests.Workload;
using OrleansSync.HubSpot.Sandbox.Faults;
using Xunit.Abstractions;

namespace OrleansSync.Cluster.Tests;

/// <summary>
/// HubSpot misbehaving while a store's webhooks flow through a real silo process (hosting the gateway): each test turns
/// a fault on a third into the load (the refused record: before it) and leaves it on until the grid has settled (the
/// 429 storm: for 15 s). The sync must ride it out: every acknowledged delivery reaches HubSpot once, nothing is
/// doubled, and HubSpot's revenue per day and currency is the store's (<see cref="ExactlyOnceChecks"/>); the one order
/// HubSpot refuses is dead-lettered for an operator instead.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class HubSpotFaultTests(ITestOutputHelper output)
{
    private const int Deliveries = 2_000;

    private static readonly TimeSpan _settleTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan _quiet = TimeSpan.FromSeconds(5);

    // Effects HubSpot refused, and records it failed, are retried sooner than by default (the test's duration depends
    // on it, not the outcome).
    private static readonly Dictionary<string, string?> _siloSettings = new()
    {
        ["Grains__EffectRetryPeriod"] = "00:00:10",
        ["HubSpotDispatch__RecordRetryDelay"] = "00:00:01",
        ["HubSpotDispatch__RecordRetryMaxDelay"] = "00:00:04",
    };

    [Fact]
    public async Task Sync_HubSpot429StormMidRun_EveryDeliveryReachesHubSpotOnceWithTheStoresRevenue()
    {
        // A real storm lasts as long as another app keeps the portal's window full, not a number of calls: every call
        // is answered 429 TEN_SECONDLY_ROLLING for 15 s, and the client must wait it out without losing anything.
        await using var run = await RunUnderFaultAsync("fault_429", "every call answered 429 for 15 s", async faults =>
        {
            faults.Pending429Burst = int.MaxValue;
            await Task.Delay(TimeSpan.FromSeconds(15));
            faults.Pending429Burst = 0;
        });

        Assert.True(run.Answered(429) > 0, "the storm was not felt: no call was answered 429");
    }

    [Fact]
    public async Task Sync_OneHubSpotCallInFiveFailsWith5xx_EveryDeliveryReachesHubSpotOnceWithTheStoresRevenue()
    {
        // Half the injected failures come after the write was applied, so a retry must not double anything.
        await using var run = await RunUnderFaultAsync("fault_5xx", "20 % of calls answered 502/503", faults => Set(() => faults.ServerErrorRate = 0.2));

        Assert.True(run.Answered(502) > 0 && run.Answered(503) > 0, $"no 5xx was felt: {run.Answered(502)} calls answered 502, {run.Answered(503)} answered 503");
    }

    [Fact]
    public async Task Sync_HubSpotCallsHangThenTimeOutOrAnswerSlowly_EveryDeliveryReachesHubSpotOnceWithTheStoresRevenue()
    {
        await using var run = await RunUnderFaultAsync("fault_timeout", "5 % of calls hanging 3 s then 504, every call 150 ms slower", faults => Set(() =>
        {
            faults.TimeoutDuration = TimeSpan.FromSeconds(3);
            faults.TimeoutRate = 0.05;
            faults.AddedLatency = TimeSpan.FromMilliseconds(150);
        }));

        Assert.True(run.Answered(504) > 0, "no call timed out");
    }

    [Fact]
    public async Task Sync_HubSpotAlwaysRefusesOneOrdersDeal_ThatOrderIsDeadLetteredAndEveryOtherDeliveryReachesHubSpotOnce()
    {
        const long poisoned = 8_100_000_017;
        var orderKey = $"{ShopifyStore.Id}/{poisoned}";
        await using var run = await RunUnderFaultAsync(
            "fault_poison",
            $"HubSpot answers 500 to every write of the deal {orderKey}",
            faults => Set(() => faults.RefuseRecordsMatching = $"\"{orderKey}\""),
            refused: new HashSet<long> { poisoned },
            fromTheStart: true);

        var letters = await DeadLetters.ListAsync(run.Gateway.BaseAddress);
        var about = letters.Where(l => l.GetRawText().Contains(orderKey, StringComparison.Ordinal)).ToList();
        run.Grid.Log($"{letters.Count} dead letters, {about.Count} about {orderKey}: {string.Join(" | ", letters.Select(l => $"{l.GetProperty("typeOrObjectKey")}: {l.GetProperty("error")}"))}");
        Assert.True(about.Count > 0, $"the refused deal {orderKey} is not among the dead letters");
        Assert.True(about.Count == letters.Count, $"records HubSpot accepted were dead-lettered beside the refused one: {string.Join(", ", letters.Except(about).Select(l => l.GetProperty("typeOrObjectKey")))}");
    }

    private static Task Set(Action knobs)
    {
        knobs();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Starts one silo hosting the gateway, sends the workload, runs <paramref name="inject"/> on the portal's fault
    /// knobs a third into it (the load goes on meanwhile) or before it, waits for the grid to settle and checks the
    /// outcome; the returned run keeps the grid for the test's own checks.
    /// </summary>
    private async Task<FaultRun> RunUnderFaultAsync(string prefix, string fault, Func<FaultKnobs, Task> inject, IReadOnlySet<long>? refused = null, bool fromTheStart = false)
    {
        var workload = ShopifyWorkload.Create(Deliveries, DateTimeOffset.UtcNow);
        var grid = await ProcessGrid.StartAsync(output, prefix);
        try
        {
            var silo = grid.StartSilo("silo", hostGateway: true, _siloSettings);
            await silo.WaitReadyAsync(ProcessGrid.StartTimeout);
            using var sender = new DeliverySender(silo.BaseAddress, concurrency: 16);
            if (fromTheStart)
            {
                grid.Log($"fault on before the load: {fault}");
                await inject(grid.Sandbox.DefaultPortal.Faults);
            }

            var sending = sender.SendAsync(workload.Deliveries);
            if (!fromTheStart)
            {
                await sender.AnsweredAtLeastAsync(workload.Deliveries.Count / 3, sending);
                grid.Log($"fault on after {sender.Answered} answers: {fault}");
                await inject(grid.Sandbox.DefaultPortal.Faults);
            }

            await sending;
            grid.Log($"sent {workload.Deliveries.Count} deliveries, {sender.Acknowledged.Count} distinct acknowledged, {sender.Retries} re-sent");

            await grid.SettleAsync(sender, workload, _settleTimeout, _quiet, refused);
            var run = new FaultRun(grid, silo);
            grid.Log($"HubSpot answered: {string.Join(", ", run.StatusCounts.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}"))}");
            await ExactlyOnceChecks.AssertAsync(grid, sender, workload, refused);
            return run;
        }
        catch
        {
            await grid.DisposeAsync();
            throw;
        }
    }
}
