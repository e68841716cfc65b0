using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.TestingHost;
using OrleansSync.Storage.Orleans;
using OrleansSync.Storage.Tests.Persistence.Renaming.After.Carts;
using Before = OrleansSync.Storage.Tests.Persistence.Renaming.Before;

namespace OrleansSync.Storage.Tests.Persistence;

/// <summary>Grain state is stored as plain JSON through the grid's persistence set-up, so it outlives class renames.</summary>
public sealed class StateRenameTests
{
    [PostgresFact]
    public async Task ReadState_StateClassRenamedAndMovedToAnotherNamespace_ReadsTheStoredState()
    {
        await using var database = await TestDatabase.CreateAsync("rename");
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.UseGridPersistence(new GridOptions { PostgresConnectionString = database.ConnectionString }));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var storage = cluster.GetSiloServiceProvider(cluster.Silos[0].SiloAddress)
            .GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        var grain = GrainId.Create("cart", "shop-eu/cart-1");
        var due = new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);
        var written = new GrainState<Before.CartState>(new Before.CartState { StoreId = "shop-eu", Value = 120.50m, Items = ["2 x Backpack"], Reminders = { ["abandonment"] = due } });

        await storage.WriteStateAsync("cart", grain, written);
        var read = new GrainState<AbandonableCartState>(new AbandonableCartState());
        await storage.ReadStateAsync("cart", grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal("shop-eu", read.State!.StoreId);
        Assert.Equal(120.50m, read.State.Value);
        Assert.Equal(["2 x Backpack"], read.State.Items);
        Assert.Equal(due, read.State!.Reminders["abandonment"]);
        await using var command = database.DataSource.CreateCommand("SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage");
        var json = (string)(await command.ExecuteScalarAsync())!;
        Assert.DoesNotContain("CartState", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }
}
