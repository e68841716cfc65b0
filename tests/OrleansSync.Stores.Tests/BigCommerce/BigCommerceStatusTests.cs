using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Orders;
using OrleansSync.Grains.Mapping;
using OrleansSync.Stores.BigCommerce;

namespace OrleansSync.Stores.Tests.BigCommerce;

public sealed class BigCommerceStatusTests
{
    [Theory]
    [InlineData(0, "Incomplete", OrderStatus.Other, DealStage.Placed)]
    [InlineData(1, "Pending", OrderStatus.Pending, DealStage.Placed)]
    [InlineData(2, "Shipped", OrderStatus.Fulfilled, DealStage.Fulfilled)]
    [InlineData(3, "Partially Shipped", OrderStatus.PartiallyFulfilled, DealStage.Paid)]
    [InlineData(4, "Refunded", OrderStatus.Refunded, DealStage.Refunded)]
    [InlineData(5, "Cancelled", OrderStatus.Cancelled, DealStage.Cancelled)]
    [InlineData(6, "Declined", OrderStatus.Failed, DealStage.Cancelled)]
    [InlineData(7, "Awaiting Payment", OrderStatus.Pending, DealStage.Placed)]
    [InlineData(8, "Awaiting Pickup", OrderStatus.Paid, DealStage.Paid)]
    [InlineData(9, "Awaiting Shipment", OrderStatus.Paid, DealStage.Paid)]
    [InlineData(10, "Completed", OrderStatus.Fulfilled, DealStage.Fulfilled)]
    [InlineData(11, "Awaiting Fulfillment", OrderStatus.Paid, DealStage.Paid)]
    [InlineData(12, "Manual Verification Required", OrderStatus.Pending, DealStage.Placed)]
    [InlineData(13, "Disputed", OrderStatus.Other, DealStage.Placed)]
    [InlineData(14, "Partially Refunded", OrderStatus.PartiallyRefunded, DealStage.Paid)]
    public void StatusId_MapsToItsStandardNameStatusAndDefaultStage(int statusId, string name, OrderStatus status, DealStage stage)
    {
        Assert.Equal(name, BigCommerceStatuses.NameOf(statusId));
        Assert.Equal(status, BigCommerceStatuses.StatusOf(statusId));
        Assert.Equal(stage, Stage(statusId, new Dictionary<string, Dictionary<string, DealStage>>()));
    }

    [Fact]
    public void StatusStage_ConfiguredForAStandardName_OverridesTheDefault()
    {
        var configured = new Dictionary<string, Dictionary<string, DealStage>>
        {
            ["BigCommerce"] = new(StringComparer.OrdinalIgnoreCase) { ["awaiting pickup"] = DealStage.Fulfilled },
        };

        Assert.Equal(DealStage.Fulfilled, Stage(8, configured));
        Assert.Equal(DealStage.Paid, Stage(11, configured));
    }

    [Fact]
    public void StatusId_UnknownToThePlatformTable_IsOtherAndStaysPlaced()
    {
        Assert.Equal(OrderStatus.Other, BigCommerceStatuses.StatusOf(42));
        Assert.Equal(DealStage.Placed, Stage(42, new Dictionary<string, Dictionary<string, DealStage>>()));
    }

    // As the order grain decides: the raw status's configured or default stage, else the canonical status's.
    private static DealStage Stage(int statusId, IReadOnlyDictionary<string, Dictionary<string, DealStage>> configured) =>
        StatusStageDefaults.Lookup(StorePlatform.BigCommerce, BigCommerceStatuses.NameOf(statusId), configured)
        ?? StatusStageDefaults.FromCanonical(BigCommerceStatuses.StatusOf(statusId));
}
