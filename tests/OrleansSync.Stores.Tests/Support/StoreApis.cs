using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Http;

namespace OrleansSync.Stores.Tests.Support;

/// <summary>The platform APIs as the silo registers them, on a given clock.</summary>
public static class StoreApis
{
    public static IStoreApi For(StorePlatform platform, TimeProvider time, Action<StoreHttpOptions>? http = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddStoreApis(new ConfigurationBuilder().Build());
        services.Configure(http ?? StoreHttpTesting.Quick);
        return services.BuildServiceProvider().GetServices<IStoreApi>().Single(a => a.Platform == platform);
    }

    /// <summary>Every page of a resource from <paramref name="cursor"/> to the end of the pass.</summary>
    public static async Task<List<StorePage>> ReadPassAsync(IStoreApi api, StoreOptions store, StoreResource resource, StoreCursor cursor)
    {
        var pages = new List<StorePage>();
        for (var i = 0; i < 1000; i++)
        {
            var page = await api.ReadPageAsync(store, resource, cursor, CancellationToken.None);
            pages.Add(page);
            if (page.IsLast)
            {
                return pages;
            }

            cursor = page.Next;
        }

        throw new InvalidOperationException("The pass did not end in 1000 pages.");
    }
}
