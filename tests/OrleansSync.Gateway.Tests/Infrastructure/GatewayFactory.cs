using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Runtime.Client;
using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.Testing;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>The gateway's own Program on the test server, in memory or on the test PostgreSQL (a fresh schema each).</summary>
public sealed class GatewayFactory(GridProvider provider = GridProvider.InMemory, Action<Dictionary<string, string?>>? configure = null)
    : WebApplicationFactory<Program>
{
    public string Schema { get; } = TestPostgres.NewSchema("gw");

    public CapturingGrainClient Grid => Services.GetRequiredService<CapturingGrainClient>();

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
        if (provider == GridProvider.Postgres)
        {
            settings["Grid:PostgresConnectionString"] = TestPostgres.RequiredConnectionString;
            settings["Grid:Schema"] = Schema;
            settings["Grid:ShardCount"] = "8";
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
            services.AddSingleton(sp => new CapturingGrainClient(ActivatorUtilities.CreateInstance<GrainClient>(sp)));
            services.AddSingleton<IGrainClient>(sp => sp.GetRequiredService<CapturingGrainClient>());
        });
    }
}
