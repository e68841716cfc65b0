using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.DeadLetters;
using OrleansSync.Runtime.InMemory;
using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Hosting;

public static class GridStorageServiceCollectionExtensions
{
    /// <summary>Registers one store instance under every storage contract, and the schema initializer.</summary>
    public static IServiceCollection AddGridStore<TStore>(this IServiceCollection services, Func<IServiceProvider, TStore> factory)
        where TStore : class, IInboxStore, IShardStore, ILeaseStore, IOutboxStore, IDeadLetterStore, IGridStatisticsReader, IGridSchema, Health.IStoreHealthReader
    {
        services.TryAddSingleton<ICommitFaultInjector>(NoCommitFaults.Instance);
        services.AddSingleton(factory);
        services.AddSingleton<IInboxStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IShardStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<ILeaseStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IDeadLetterStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IGridStatisticsReader>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IGridSchema>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<Health.IStoreHealthReader>(sp => sp.GetRequiredService<TStore>());
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, GridSchemaInitializer>());
        return services;
    }

    /// <summary>The single-process, nothing-survives provider: the zero-configuration default and unit tests.</summary>
    public static IServiceCollection AddInMemoryGridStore(this IServiceCollection services) =>
        services.AddGridStore(sp => new InMemoryGridStore(sp.GetRequiredService<ICommitFaultInjector>())
        {
            ShardCount = sp.GetRequiredService<IOptions<GridOptions>>().Value.ShardCount,
        });
}
