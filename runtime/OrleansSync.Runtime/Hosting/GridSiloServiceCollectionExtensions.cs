using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OrleansSync.Runtime.Activations;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Silo;

namespace OrleansSync.Runtime.Hosting;

public static class GridSiloServiceCollectionExtensions
{
    /// <summary>Runs a silo in this process (options in section "Silo"); register grains with <see cref="AddGrain{TGrain}"/>.</summary>
    public static IServiceCollection AddGridSilo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGridClient(configuration);
        services.AddOptions<SiloOptions>().Bind(configuration.GetSection(SiloOptions.SectionName)).ValidateDataAnnotations()
            .Validate(o => o.RenewInterval + o.TrustMargin < o.LeaseTtl, "Silo:RenewInterval plus Silo:TrustMargin must be shorter than Silo:LeaseTtl.")
            .ValidateOnStart();
        services.TryAddSingleton(SiloClock.System);

        // A graceful stop drains turns for up to Silo:DrainTimeout; the host must wait that long too.
        services.AddOptions<HostOptions>().Configure<Microsoft.Extensions.Options.IOptions<SiloOptions>>((host, silo) =>
            host.ShutdownTimeout = silo.Value.DrainTimeout + TimeSpan.FromSeconds(10));
        services.TryAddSingleton<Storage.ICommitFaultInjector>(Storage.NoCommitFaults.Instance);
        services.TryAddSingleton(sp =>
        {
            var registry = new GrainTypeRegistry();
            foreach (var registration in sp.GetServices<GrainRegistration>())
            {
                registry.Register(registration.Name, registration.ClassType);
            }

            return registry;
        });
        services.TryAddSingleton<GridRuntimeServices>();
        services.TryAddSingleton(sp => new GridSilo(
            sp.GetRequiredService<Storage.ILeaseStore>(),
            sp.GetRequiredService<Storage.IShardStore>(),
            sp.GetRequiredService<Storage.IInboxStore>(),
            sp.GetRequiredService<GridRuntimeServices>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiloOptions>>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.GridOptions>>(),
            sp.GetRequiredService<SiloClock>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<GridSilo>());
        return services;
    }

    /// <summary>Registers a grain class under a grain type name (the Type part of its <see cref="GrainId"/>).</summary>
    public static IServiceCollection AddGrain<TGrain>(this IServiceCollection services, string name)
        where TGrain : class, IGrainActivation
    {
        services.AddSingleton(new GrainRegistration(name, typeof(TGrain)));
        return services;
    }
}
