using System.Collections.Concurrent;
using System.Net;
using Npgsql;
using OrleansSync.Gateway.Tests.Builders;
using OrleansSync.Gateway.Tests.Infrastructure;
using OrleansSync.Runtime.Testing;

namespace OrleansSync.Gateway.Tests.Deliveries;

public sealed class DurableIngestTests
{
    [PostgresFact]
    public async Task Deliver_5000SignedDeliveriesWith10PercentDuplicates_AppendsEachEventExactlyOnceOnPostgres()
    {
        await using var gateway = new GatewayFactory(GridProvider.Postgres);
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
            statuses.Add((response.StatusCode, (await response.Content.ReadAsStringAsync(ct))));
        });

        Assert.Equal(5_000, statuses.Count);
        Assert.All(statuses, s => Assert.True(s.Status == HttpStatusCode.OK, s.Answer));
        Assert.Equal(500, statuses.Count(s => s.Answer.Contains("\"duplicate\"", StringComparison.Ordinal)));
        Assert.Equal(4_500, gateway.Grid.Appended.Count);
        Assert.Equal(4_500, gateway.Grid.Appended.Select(m => m.Target).Distinct().Count());
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM {gateway.Schema}.inbox");
        Assert.Equal(4_500L, (long)(await count.ExecuteScalarAsync())!);
    }

    [PostgresFact]
    public async Task Deliver_RejectedDeliveryOnPostgres_IsKeptInTheSharedSchema()
    {
        await using var gateway = new GatewayFactory(GridProvider.Postgres);

        var problem = await (await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/create", "{}"u8.ToArray(), "evt-x", secret: "wrong")).JsonAsync(HttpStatusCode.Unauthorized);

        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{problem.GetProperty("recordId").GetInt64()}");
        Assert.Equal("{}", kept.GetProperty("body").GetString());
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM {gateway.Schema}.gateway_deliveries");
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }
}
