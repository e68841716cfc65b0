using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Tests.Support;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.Tests.WriteBack;

/// <summary>The write-back as the silo registers it, and what the platform's connector reads back afterwards.</summary>
public static class StoreWriters
{
    public static IStoreCustomerWriter For(StorePlatform platform)
    {
        var services = new ServiceCollection();
        services.AddStoreWriteBack(new ConfigurationBuilder().Build());
        return services.BuildServiceProvider().GetServices<IStoreCustomerWriter>().Single(w => w.Platform == platform);
    }

    /// <summary>The customer as the platform's connector reads it in a pass from <paramref name="cursor"/> (null when the pass does not carry it).</summary>
    public static async Task<CustomerProfile?> ReadBackAsync(StoreOptions store, string customerId, StoreCursor cursor)
    {
        var pages = await StoreApis.ReadPassAsync(StoreApis.For(store.Platform, TimeProvider.System), store, StoreResource.Customers, cursor);
        return pages.SelectMany(p => p.Events)
            .Select(e => e switch
            {
                CustomerCreated c => c.Customer,
                CustomerUpdated u => u.Customer,
                _ => null,
            })
            .LastOrDefault(c => c?.PlatformCustomerId == customerId);
    }
}
