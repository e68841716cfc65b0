using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Builders;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Deliveries;

public sealed class DurableIngestTests
{
    [Fact]
    public async Task Deliver_5000SignedDeliveriesWith10PercentDuplicates_AppendsExactly4500AndEachGrainAppliesItsEventOnceOnPostgres()
    {
        await using var gateway = new GatewayFactory(StorageProvider.Postgres);
        var client = gateway.CreateClient();
        var unique = Enumerable.Range(1, 4_500)
            .Select(i => (EventId: $"evt-{i}", Body: new ShopifyOrderBuilder(9_000_000_000_000_000L + i).WithLine(i, $"SKU-{i % 97}", 1 + (i % 3), 10m).Build()))
            .ToList();
        var random = new Random(20260101);
        var deliveries = unique.Concat(Enumerable.Range(0, 500).Select(_ => unique[random.Next(unique.Count)])).OrderBy(_ => random.Next()).ToList();
        var statuses = new ConcurrentBag<(HttpStatusCode Status, string Answer)>();

        await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (d, ct) =>
        {
            var response = await Deliver.ShopifyAsync(client, "orders/updated", d.Body, d.EventId);
            statuses.Add((response.StatusCode, await response.Content.ReadAsStringAsync(ct)));
        });

        Assert.Equal(5_000, statuses.Count);
        Assert.All(statuses, s => Assert.True(s.Status == HttpStatusCode.OK, s.Answer));
        Assert.Equal(500, statuses.Count(s => s.Answer.Contains("\"duplicate\"", StringComparison.Ordinal)));
        Assert.Equal(4_500, gateway.Queue.Appended.Count);
        Assert.Equal(4_500, gateway.Queue.Appended.Select(m => m.Target).Distinct().Count());
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM {gateway.Schema}.sync_pending_deliveries");
        Assert.Equal(4_500L, (long)(await count.ExecuteScalarAsync())!);
        await Eventually.WaitAsync(async () => await gateway.Queue.PendingAsync() == 0, "every queued delivery acknowledged by its grain and marked delivered");
        Assert.Equal(4_500, gateway.Grains.Applied.Select(a => a.Envelope.Id).Distinct().Count());
        Assert.Equal(4_500, gateway.Grains.Applied.Count);
    }

    [Fact]
    public async Task Deliver_RejectedDeliveryOnPostgres_IsKeptInTheGatewaySchema()
    {
        await using var gateway = new GatewayFactory(StorageProvider.Postgres);

        var problem = await (await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/create", "{}"u8.ToArray(), "evt-x", secret: "wrong")).JsonAsync(HttpStatusCode.Unauthorized);

        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{problem.GetProperty("recordId").GetInt64()}");
        Assert.Equal("{}", kept.GetProperty("body").GetString());
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM {gateway.Schema}.gateway_deliveries");
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Deliver_QueueUnavailable_Returns503AndAcknowledgesNothing()
    {
        await using var gateway = new GatewayFactory(configureServices: services =>
            services.AddSingleton<IDeliveryQueue>(_ => new UnavailableDeliveryQueue()));

        var response = await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/create", new ShopifyOrderBuilder(7).Build(), "evt-503");

        var problem = await response.JsonAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(ProblemTypes.Unavailable, problem.GetProperty("type").GetString());
        Assert.Equal(0, gateway.Grains.Calls);
    }

    [Fact]
    public async Task Deliver_GrainAcknowledges_RowMarkedDeliveredAndItsKeyStillRefusesTheRepeat()
    {
        await using var gateway = new GatewayFactory();
        var client = gateway.CreateClient();
        var body = new ShopifyOrderBuilder(12).Build();

        await (await Deliver.ShopifyAsync(client, "orders/create", body, "evt-once")).JsonAsync(HttpStatusCode.OK);
        await Eventually.WaitAsync(async () => await gateway.Queue.PendingAsync() == 0, "the order delivery acknowledged by its grain");
        var repeat = await (await Deliver.ShopifyAsync(client, "orders/create", body, "evt-once")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("duplicate", repeat.GetProperty("status").GetString());
        Assert.Single(gateway.Grains.Applied);
    }
}
