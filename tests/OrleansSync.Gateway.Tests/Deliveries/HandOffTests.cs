using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Builders;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Deliveries;

public sealed class HandOffTests
{
    [Fact]
    public async Task HandOff_GrainFailsThenRecovers_DeliveredOnceAfterRetry()
    {
        var time = new ManualTimeProvider();
        await using var gateway = new GatewayFactory(time: time);
        var siloDown = true;
        gateway.Grains.Fault = _ => siloDown ? new SiloUnavailableException("No active silo (test)") : null;
        var order = GrainKeys.Order(TestStores.Shopify, "31");

        await (await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/paid", new ShopifyOrderBuilder(31).WithStatus("paid").Build(), "evt-retry")).JsonAsync(HttpStatusCode.OK);
        await Eventually.WaitAsync(() => gateway.Grains.Calls >= 1, $"the first hand-over to {order} (refused: no silo)");
        await Eventually.WaitAsync(
            () =>
            {
                time.Advance(TimeSpan.FromSeconds(2));
                return gateway.Grains.Calls >= 2;
            },
            $"a retry of the hand-over to {order} once its backoff passed");
        siloDown = false;
        await Eventually.WaitAsync(
            async () =>
            {
                time.Advance(TimeSpan.FromSeconds(2));
                return gateway.Grains.AppliedBy(order).Count == 1 && await gateway.Queue.PendingAsync() == 0;
            },
            $"{order} to apply the paid order after the silo came back, and the row to be marked delivered");

        var applied = Assert.Single(gateway.Grains.AppliedBy(order));
        Assert.IsType<OrderPaid>(applied.Message);
        Assert.Equal(Assert.Single(gateway.Queue.Appended).DeduplicationKey, applied.Id);
        Assert.Null(applied.Sender);
        Assert.Equal(0, gateway.Grains.Repeats);
    }

    [Fact]
    public async Task HandOff_SeveralEventsForOneGrain_OneCallInQueueOrder()
    {
        await using var gateway = new GatewayFactory();
        var order = GrainKeys.Order(TestStores.Woo, "2002");
        var body = new WooOrderBuilder(2002).WithStatus("completed").WithLine(7, "MUG", 3, 12m).WithRefund(55, 12m).Build();

        await (await Deliver.WooCommerceAsync(gateway.CreateClient(), "order.updated", body)).JsonAsync(HttpStatusCode.OK);
        await Eventually.WaitAsync(async () => await gateway.Queue.PendingAsync() == 0, $"the delivery's events acknowledged by {order}");

        Assert.Equal(gateway.Queue.Appended.Select(m => m.DeduplicationKey), gateway.Grains.AppliedBy(order).Select(e => e.Id));
        Assert.Equal(1, gateway.Grains.Calls);
    }

    [Fact]
    public async Task HandOff_StoredMessageNoLongerReads_GoesToTheDeadLettersAndLeavesTheQueue()
    {
        await using var gateway = new GatewayFactory();
        var order = GrainKeys.Order(TestStores.Woo, "77");
        var appender = gateway.Services.GetRequiredService<DeliveryAppender>();

        await appender.AppendAsync([new PendingDelivery(order, "order.renamed-without-alias.v1", """{"x":1}""", "k-unreadable", TestStores.Woo)], CancellationToken.None);
        await Eventually.WaitAsync(async () => await gateway.DeadLetters.CountAsync(CancellationToken.None) == 1, "the unreadable message in the dead letters");

        var letter = Assert.Single(await gateway.DeadLetters.ListAsync(null, 0, 10, CancellationToken.None));
        Assert.Equal((DeadLetterKind.Message, order, "order.renamed-without-alias.v1"), (letter.Kind, letter.Grain, letter.TypeOrObjectKey));
        await Eventually.WaitAsync(async () => await gateway.Queue.PendingAsync() == 0, "the unreadable row to leave the pending deliveries");
        Assert.Equal(0, gateway.Grains.Calls);
    }
}
