using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Diagnostics;
using OrleansSync.Gateway.Storage;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>
/// One gateway's delivery queue and hand-off on a shared PostgreSQL schema, without HTTP: several of them stand for
/// several gateway processes (each with its own data source).
/// </summary>
public sealed class StandaloneGateway : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ServiceProvider _services;

    private StandaloneGateway(NpgsqlDataSource dataSource, ServiceProvider services, PostgresDeliveryQueue queue, DeliveryHandOff handOff)
    {
        _dataSource = dataSource;
        _services = services;
        Queue = queue;
        HandOff = handOff;
    }

    public PostgresDeliveryQueue Queue { get; }

    public DeliveryHandOff HandOff { get; }

    public static async Task<StandaloneGateway> CreateAsync(string schema, IGrainFactory grains, TimeProvider time, DeliveryOptions? options = null)
    {
        var dataSource = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        await GatewaySchema.EnsureCreatedAsync(dataSource, schema, CancellationToken.None);
        var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var deliveryOptions = Options.Create(options ?? new DeliveryOptions());
        var queue = new PostgresDeliveryQueue(dataSource, Options.Create(new StorageOptions { Schema = schema }), deliveryOptions, time);
        var handOff = new DeliveryHandOff(
            queue, grains, services, deliveryOptions, new GatewayMetrics(services.GetRequiredService<IMeterFactory>()), time, NullLogger<DeliveryHandOff>.Instance);
        return new StandaloneGateway(dataSource, services, queue, handOff);
    }

    public async ValueTask DisposeAsync()
    {
        await HandOff.StopAsync(CancellationToken.None);
        HandOff.Dispose();
        await Queue.DisposeAsync();
        await _services.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}
