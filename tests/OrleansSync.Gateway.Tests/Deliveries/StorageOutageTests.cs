using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OrleansSync.Contracts.Storage;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Builders;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Deliveries;

/// <summary>
/// A PostgreSQL outage (the grid's grain storage and the gateway's delivery queue share the server) is answered at once
/// with 503 and Retry-After, so the platform sends the delivery again; never 500, and never a refusal left unkept.
/// </summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task Deliver_QueueTableGoneWhileGrainStorageFails_Returns503WithRetryAfterAndKeepsTheDelivery()
    {
        await using var gateway = new GatewayFactory(StorageProvider.Postgres);
        gateway.Grains.Fault = _ => new StorageUnavailableException("PostgreSQL is unavailable: NpgsqlException: Failed to connect", null);
        var client = gateway.CreateClient();
        await DropAsync($"TABLE {gateway.Schema}.sync_pending_deliveries");
        var body = new ShopifyOrderBuilder(31).Build();

        var response = await Deliver.ShopifyAsync(client, "orders/create", body, "evt-outage");

        var problem = await response.JsonAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(ProblemTypes.Unavailable, problem.GetProperty("type").GetString());
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{problem.GetProperty("recordId").GetInt64()}");
        Assert.Equal(("Rejected", 503), (kept.GetProperty("kind").GetString(), kept.GetProperty("statusCode").GetInt32()));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(body), kept.GetProperty("body").GetString());
        Assert.Equal(0, gateway.Grains.Calls);
    }

    [Fact]
    public async Task Deliver_GatewaySchemaGoneOnPostgres_Returns503WithRetryAfterNot500EvenForARefusal()
    {
        await using var gateway = new GatewayFactory(StorageProvider.Postgres);
        var client = gateway.CreateClient();
        await DropAsync($"SCHEMA {gateway.Schema} CASCADE");

        var authentic = await Deliver.ShopifyAsync(client, "orders/create", new ShopifyOrderBuilder(32).Build(), "evt-down");
        var unsigned = await Deliver.ShopifyAsync(client, "orders/create", "{}"u8.ToArray(), "evt-forged", secret: "wrong");

        foreach (var response in new[] { authentic, unsigned })
        {
            var problem = await response.JsonAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal(ProblemTypes.Unavailable, problem.GetProperty("type").GetString());
            Assert.False(problem.TryGetProperty("recordId", out _), "nothing could be kept");
            Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        }
    }

    [Fact]
    public async Task Deliver_QueueUnavailable_AnswersWithTheConfiguredRetryAfter()
    {
        await using var gateway = new GatewayFactory(
            configure: s => s["Gateway:UnavailableRetryAfter"] = "00:00:05",
            configureServices: services => services.AddSingleton<IDeliveryQueue>(_ => new UnavailableDeliveryQueue()));

        var response = await Deliver.GenericAsync(gateway.CreateClient(), "leads", """{"email":"ann@example.com"}"""u8.ToArray());

        await response.JsonAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Ready_DeliveryQueueDown_Returns503NamingTheQueueAndWhatDeliveriesGet()
    {
        await using var gateway = new GatewayFactory(configureServices: services => services.AddSingleton<IDeliveryQueue>(_ => new UnavailableDeliveryQueue()));

        var report = await gateway.CreateClient().GetJsonAsync("/health/ready", HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        var queue = report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "delivery-queue");
        Assert.Equal("Unhealthy", queue.GetProperty("status").GetString());
        Assert.Contains("503 with Retry-After", queue.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static async Task DropAsync(string what)
    {
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        await using var drop = dataSource.CreateCommand($"DROP {what}");
        await drop.ExecuteNonQueryAsync();
    }
}
