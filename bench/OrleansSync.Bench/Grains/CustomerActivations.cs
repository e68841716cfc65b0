using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Hosting;
using OrleansSync.Grains.Messaging;
using OrleansSync.Grains.Portals;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Storage;
using OrleansSync.Storage.DeadLetters;

namespace OrleansSync.Bench.Grains;

/// <summary>
/// The real <c>CustomerGrain</c>: a small <see cref="CustomerCreated"/> delivered to each of <c>count</c> customers
/// (in-memory grain storage and reminders), their contacts synced to a HubSpot sandbox in this process until no grain owes
/// anything and no retry reminder is left — idle activations — then deactivated.
/// </summary>
internal static class CustomerActivations
{
    private const string PortalId = "1000001";

    public static async Task<HeapFigures> MeasureAsync(int count, CancellationToken cancellationToken)
    {
        var options = new SandboxOptions { Portals = [new() { RequestsPerInterval = 100_000, DailyLimit = 100_000_000, SearchRequestsPerSecond = 1_000 }] };
        await using var sandbox = await HubSpotSandboxHost.StartAsync(options, cancellationToken);
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Grains:EffectRetryPeriod"] = "00:00:10", // the shortest allowed: retry reminders end sooner
            ["HubSpotDispatch:PollInterval"] = "00:00:00.100",
        }).Build();
        var cluster = await InProcessGrid.StartAsync(new GridOptions(), silo =>
        {
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(10));
            silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromHours(2));
            silo.Services.AddSingleton<IDeadLetterStore>(new InMemoryDeadLetterStore(TimeProvider.System));
            silo.Services.AddHubSpotClient(o =>
            {
                o.BaseUrl = sandbox.BaseUrl;
                o.AccessToken = sandbox.AccessToken;
                o.RequestsPerInterval = 100_000;
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            });
            silo.Services.AddOrleansSyncDomain(settings);
        });
        try
        {
            // Warm-up: the portal's grain (schema bootstrap), JIT, and every code path once.
            var warmUp = Customers(1000, "warmup");
            await DeliverAsync(cluster, warmUp, cancellationToken);
            await SettleAsync(cluster, sandbox, warmUp.Length, cancellationToken);
            await CounterActivations.EachAsync(warmUp, c => cluster.DeactivateAsync(c.Target.ToGrainId()), cancellationToken);
            var before = HeapFigures.Settled();

            var customers = Customers(count, "buyer");
            var clock = Stopwatch.StartNew();
            await DeliverAsync(cluster, customers, cancellationToken);
            var activation = clock.Elapsed;
            await SettleAsync(cluster, sandbox, warmUp.Length + customers.Length, cancellationToken);
            var live = HeapFigures.Settled();

            await CounterActivations.EachAsync(customers, c => cluster.DeactivateAsync(c.Target.ToGrainId()), cancellationToken);
            var after = HeapFigures.Settled();
            return new HeapFigures(count, before, live, after, activation);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private static (GrainIdentity Target, GrainEnvelope Envelope)[] Customers(int count, string prefix)
    {
        var store = new StoreContext("bench-shop", StorePlatform.Shopify, PortalId, "web", "en-US", "USD");
        var at = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var email = $"{prefix}{i}@example.com";
            var profile = new CustomerProfile(email, "Bench", "Buyer", null, null, [], null, null, null, null, [], [], false, false, at);
            var created = new CustomerCreated(store, new SourceStamp($"{prefix}{i}", null, at, $"bench-{prefix}-{i}", at), profile);
            return (GrainRouting.Route(created), new GrainEnvelope($"shopify:bench-shop:{prefix}-{i}", created));
        })];
    }

    private static Task DeliverAsync(InProcessTestCluster cluster, (GrainIdentity Target, GrainEnvelope Envelope)[] customers, CancellationToken cancellationToken) =>
        CounterActivations.EachAsync(customers, c => cluster.Client.Get(c.Target).DeliverAsync(c.Target, [c.Envelope]), cancellationToken);

    /// <summary>Waits until every contact is in HubSpot, no grain is handing effects on, the portal's queue is empty and no reminder is left.</summary>
    private static async Task SettleAsync(InProcessTestCluster cluster, RunningSandbox sandbox, int contacts, CancellationToken cancellationToken)
    {
        var silo = cluster.Silos[0].ServiceProvider;
        var deadline = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        while (true)
        {
            var inSandbox = sandbox.DefaultPortal.Objects(HubSpotObjectTypes.Contacts).Count;
            var effects = silo.GetRequiredService<EffectsInFlight>().Count;
            var queued = (await cluster.Client.GetGrain<IHubSpotPortalQueue>(PortalId).GetQueuedAsync()).Count;
            var reminders = (await silo.GetRequiredService<IReminderTable>().ReadRows(0, uint.MaxValue, cancellationToken)).Reminders.Count;
            if (inSandbox >= contacts && effects == 0 && queued == 0 && reminders == 0)
            {
                return;
            }

            if (deadline.Elapsed - last > TimeSpan.FromSeconds(15))
            {
                last = deadline.Elapsed;
                Console.WriteLine($"  settling ({deadline.Elapsed.TotalSeconds:F0} s): {inSandbox:N0}/{contacts:N0} contacts in HubSpot, {effects:N0} grains handing on effects, {queued:N0} queued at the portal, {reminders:N0} reminders");
            }

            if (deadline.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"Customers did not settle in 10 minutes: {inSandbox}/{contacts} contacts, {effects} effects in flight, {queued} queued, {reminders} reminders.");
            }

            await Task.Delay(500, cancellationToken);
        }
    }
}
