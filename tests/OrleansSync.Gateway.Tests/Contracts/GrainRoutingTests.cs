using OrleansSync.Contracts.Behaviour;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Products;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Gateway.Tests.Contracts;

public sealed class GrainRoutingTests
{
    private static readonly StoreContext Store = new("shop-1", StorePlatform.Shopify, "77", "web", "en-GB", "GBP");
    private static readonly SourceStamp Source = new("1", null, null, "shopify:shop-1:event:1", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Route_SameEmailInDifferentCaseSpacingAndUnicodeForm_ReachesOneCustomerGrain()
    {
        var composed = Route(Customer("Zo\u00EB@Example.com"));
        var decomposed = Route(Customer("  zoe\u0308@EXAMPLE.COM\t"));

        Assert.Equal(new GrainIdentity(GrainTypes.Customer, "77/zo\u00EB@example.com"), composed);
        Assert.Equal(composed, decomposed);
    }

    [Fact]
    public void Route_CustomerWithoutEmail_GoesToTheAliasGrainOfItsPlatformId()
    {
        Assert.Equal(new GrainIdentity(GrainTypes.CustomerAlias, "77/shop-1/555"), Route(Customer("", platformId: "555")));
    }

    [Fact]
    public void Route_BehaviourOfAnAnonymousVisitor_GoesToTheUtkAliasOrIsRefusedWithAReason()
    {
        var viewed = new ProductViewed(Store, Source, new Shopper(null, null, new VisitorContext("utk-1", null, null, null)), DateTimeOffset.UnixEpoch, "SKU", "9", null, null, []);
        var nobody = viewed with { Shopper = new Shopper(null, null, new VisitorContext(null, "10.0.0.1", null, null)) };

        Assert.Equal(new GrainIdentity(GrainTypes.CustomerAlias, "77/utk/utk-1"), Route(viewed));
        Assert.False(GrainRouting.TryRoute(nobody, out _, out var reason));
        Assert.Contains("ProductViewed", reason);
    }

    [Fact]
    public void Route_OrdersCartsAndProducts_UseStoreAndPortalScopedKeys()
    {
        Assert.Equal(new GrainIdentity(GrainTypes.Order, "shop-1/123"), Route(new OrderDeleted(Store, Source, "123")));
        Assert.Equal(new GrainIdentity(GrainTypes.Product, "77/SKU-1"), Route(new ProductDeleted(Store, Source, "9", " SKU-1 ")));
        Assert.Equal(new GrainIdentity(GrainTypes.ProductAlias, "77/shop-1/9"), Route(new ProductDeleted(Store, Source, "9", null)));
        Assert.Equal(new GrainIdentity(GrainTypes.Customer, "77/a@b.c"), Route(new EraseCustomer("77", "A@B.C", "r", "dpo", null, DateTimeOffset.UnixEpoch)));
    }

    [Fact]
    public void Serialize_CanonicalEventAsAQueuedMessage_RoundTripsWithNamedEnumsAndExactMoney()
    {
        var order = new OrderSnapshot(
            "820982911946154508", "#1", OrderStatus.PartiallyRefunded, "financial=partially_refunded", Customer("a@b.c").Customer,
            [new LineItem("1", null, "Mug", 1.5m, 0.1m, 0m, 0.015m, null, null, [])], new OrderTotals(0.15m, 0.015m, 0m, 0m, 0.165m, "GBP"),
            [new OrderRefund("r1", 0.05m, null, null, [])], [], null, null, null, null, null, null, null, null);
        var placed = new OrderPlaced(Store, Source, order);

        var json = MessageTypes.Serialize(placed);
        var back = (OrderPlaced)MessageTypes.Deserialize(MessageTypes.NameOf(typeof(OrderPlaced)), json);

        Assert.Contains("\"status\":\"PartiallyRefunded\"", json);
        Assert.Contains("\"platform\":\"Shopify\"", json);
        Assert.Equal("order.placed.v1", MessageTypes.NameOf(typeof(OrderPlaced)));
        Assert.Equal(placed.Order.Totals, back.Order.Totals);
        Assert.Equal(placed.Order.Lines[0], back.Order.Lines[0] with { Categories = placed.Order.Lines[0].Categories });
        Assert.Equal(placed.Store, back.Store);
    }

    private static GrainIdentity Route(object message) => GrainRouting.Route(message);

    private static CustomerUpdated Customer(string email, string? platformId = null) =>
        new(Store, Source, new CustomerProfile(email, null, null, null, null, [], platformId, null, null, null, [], [], null, null, null));
}
