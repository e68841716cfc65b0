using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway's own Program on the test server, in memory or on the test PostgreSQL (a fresh schema each), with the
/// Orleans client replaced by <see cref="TestGrains"/> and the delivery queue wrapped to capture what was appended.
/// </summary>
public sealed class GatewayFactory(
    StorageProvider provider = StorageProvider.InMemory,
    Action<Dictionary<string, string?>>? configure = null,
    Action<IServiceCollection>? configureServices = null,
    TimeProvider? time = null)
    : WebApplicationFactory<Program>
{
    public string Schema { get; } = TestPostgres.NewSchema("gw");

    public TestGrains Grains { get; } = new();

    public CapturingDeliveryQueue Queue => Services.GetRequiredService<CapturingDeliveryQueue>();

    public IDeliveryLog Deliveries => Services.GetRequiredService<IDeliveryLog>();

    public IDeadLetterStore DeadLetters => Services.GetRequiredService<IDeadLetterStore>();

    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestStores.AdminToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = TestStores.Settings();
        settings["Deliveries:SweepInterval"] = "00:00:00.020";
        if (provider == StorageProvider.Postgres)
        {
            settings["Grid:PostgresConnectionString"] = TestPostgres.RequiredConnectionString;
            settings["Grid:Schema"] = Schema;
        }

        configure?.Invoke(settings);

        // UseSetting reaches Program's builder.Configuration before its Add… calls read it.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services =>
        {
            ReplaceOrleansClient(services);
            CaptureAppends(services);
            services.TryAddSingleton<IDeadLetterStore, OrleansSync.Storage.DeadLetters.InMemoryDeadLetterStore>();
            if (time is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(time);
            }

            configureServices?.Invoke(services);
        });
    }

    // No cluster in these tests: the Orleans client must not try to connect, and grain calls reach the test grains.
    private void ReplaceOrleansClient(IServiceCollection services)
    {
        // Orleans' own hosted services, and the gateway's background connection that starts them.
        var orleansHostedServices = services
            .Where(d => d.ServiceType == typeof(IHostedService)
                && ((d.ImplementationFactory?.Method.DeclaringType?.Assembly ?? d.ImplementationType?.Assembly)?.GetName().Name?.StartsWith("Orleans.", StringComparison.Ordinal) == true
                    || IsDeclaredBy(d.ImplementationFactory?.Method.DeclaringType, typeof(OrleansSync.Gateway.Hosting.OrleansClientServiceCollectionExtensions))))
            .ToList();
        if (orleansHostedServices.Count == 0)
        {
            throw new InvalidOperationException("The Orleans client's hosted service was not found; the test host would try to connect to a cluster.");
        }

        foreach (var descriptor in orleansHostedServices)
        {
            services.Remove(descriptor);
        }

        services.RemoveAll<IGrainFactory>();
        services.AddSingleton<IGrainFactory>(Grains);
    }

    private static bool IsDeclaredBy(Type? type, Type declaring) =>
        type is not null && (type == declaring || IsDeclaredBy(type.DeclaringType, declaring));

    private static void CaptureAppends(IServiceCollection services)
    {
        var queue = services.Single(d => d.ServiceType == typeof(IDeliveryQueue));
        var implementation = queue.ImplementationType ?? throw new InvalidOperationException("The delivery queue is expected to be registered by type.");
        services.Remove(queue);
        services.AddSingleton(implementation);
        services.AddSingleton(sp => new CapturingDeliveryQueue((IDeliveryQueue)sp.GetRequiredService(implementation)));
        services.AddSingleton<IDeliveryQueue>(sp => sp.GetRequiredService<CapturingDeliveryQueue>());
    }
}
