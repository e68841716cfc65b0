using Microsoft.Extensions.Options;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Silo.Startup;
using OrleansSync.Workload;

namespace OrleansSync.Silo.Demo;

public static class DemoWorkloadExtensions
{
    /// <summary>The command-line switch for <see cref="DemoWorkloadOptions.WorkloadOrders"/>: <c>--demo-workload 200</c>.</summary>
    public const string Switch = "--demo-workload";

    private const string OrdersKey = $"{DemoWorkloadOptions.SectionName}:{nameof(DemoWorkloadOptions.WorkloadOrders)}";

    /// <summary>
    /// With <c>--demo-workload N</c> (or <c>Demo:WorkloadOrders</c>): configures the simulated store's two storefronts
    /// next to the demo stores and, once the process serves, sends it and prints the summary. Demo mode only (its
    /// stores, in-memory state and in-process HubSpot sandbox); elsewhere it is a configuration error.
    /// </summary>
    public static WebApplicationBuilder AddDemoWorkload(this WebApplicationBuilder builder, string[] args)
    {
        // Only the switch is read here: the command line as a whole is already in the configuration, in its place.
        var fromSwitch = new ConfigurationBuilder().AddCommandLine(args, new Dictionary<string, string> { [Switch] = OrdersKey }).Build()[OrdersKey];
        if (fromSwitch is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [OrdersKey] = fromSwitch });
        }

        var orders = builder.Configuration.GetValue(OrdersKey, 0);
        if (orders == 0)
        {
            return builder;
        }

        if (!builder.IsDemoMode() || !builder.Services.Any(s => s.ServiceType == typeof(RunningSandbox)))
        {
            throw new OptionsValidationException(OrdersKey, typeof(DemoWorkloadOptions),
                [$"{Switch} ({OrdersKey}) runs only in demo mode (no Grid:PostgresConnectionString, no Gateway:Stores, no HubSpot:AccessToken, the gateway hosted): it writes a simulated store into the in-process HubSpot sandbox."]);
        }

        var settings = builder.Configuration.GetSection(DemoWorkloadOptions.SectionName).Get<DemoWorkloadOptions>() ?? new DemoWorkloadOptions();
        var workload = StoreWorkload.Generate(settings.WorkloadSeed, Math.Max(1, orders));
        builder.Configuration.AddInMemoryCollection(StoreSettings(builder.Configuration, workload));
        builder.Services.AddOptions<DemoWorkloadOptions>().BindConfiguration(DemoWorkloadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(workload);
        builder.Services.AddHostedService<DemoWorkloadRunner>();
        return builder;
    }

    /// <summary>The workload's storefronts (their ids, secrets, platform store ids) after the stores already configured.</summary>
    private static Dictionary<string, string?> StoreSettings(IConfiguration configuration, StoreWorkload workload)
    {
        var first = configuration.GetSection("Gateway:Stores").GetChildren().Count();
        var portalId = configuration["Gateway:Stores:0:PortalId"] ?? HubSpotConnectionExtensions.SandboxPortalId;
        return workload.Storefronts
            .SelectMany((store, i) => store.GatewaySettings(first + i, portalId, workload.Shape.Currencies[0]))
            .ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => (string?)s.Value, StringComparer.OrdinalIgnoreCase);
    }
}
