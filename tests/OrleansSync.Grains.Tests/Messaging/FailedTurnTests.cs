using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;

namespace OrleansSync.Grains.Tests.Messaging;

/// <summary>
/// A turn that fails after its handlers ran (here: its reminder cannot be registered, as when the silo owning the
/// grain's reminder range was just killed or frozen) has changed the activation's state without storing it.
/// Regression, found with real processes (OrleansSync.Cluster.Tests, a silo killed and another frozen under load): the
/// activation kept that state, so the gateway's retry of the same delivery was dropped as already applied and then
/// acknowledged — the order was never stored, and a customer grain lost an order the same way.
/// </summary>
public sealed class FailedTurnTests
{
    [Fact]
    public async Task Deliver_TurnCouldNotRegisterItsReminder_RetriedDeliveryIsAppliedNotDroppedAsRepeat()
    {
        await using var sync = await SyncCluster.StartAsync();
        var paid = TestEvents.Paid(StoreStreamBuilder.EuStore, "9001", "gil@example.com", sync.Clock.GetUtcNow());
        var order = GrainRouting.Route(paid);
        var envelope = new GrainEnvelope("shopify:shop-eu:event:9001-paid", paid);

        await ExecuteAsync(sync, $"ALTER TABLE orleansreminderstable ADD CONSTRAINT refuse_9001 CHECK (grainid <> '{order.ToGrainId()}')");
        await Assert.ThrowsAnyAsync<Exception>(() => sync.Grains.Get(order).DeliverAsync(order, [envelope]));
        await ExecuteAsync(sync, "ALTER TABLE orleansreminderstable DROP CONSTRAINT refuse_9001");

        // The gateway hands the unacknowledged delivery over again, with the same id, until a grain acknowledges it.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await sync.Grains.Get(order).DeliverAsync(order, [envelope]);
                break;
            }
            catch (Exception) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }

        var stored = await sync.StoredStateAsync(order);
        Assert.Equal("shop-eu/9001", stored.GetProperty("state").GetProperty("orderKey").GetString());
        await sync.SettleUntilAsync(() => sync.HubSpot.Deal("shop-eu/9001") is not null, "the deal of order shop-eu/9001");
        Assert.Equal("1", sync.HubSpot.Contact("gil@example.com")!.Properties["ecom_order_count"]);
    }

    private static async Task ExecuteAsync(SyncCluster sync, string sql)
    {
        await using var command = sync.Database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
