using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Orders;
using OrleansSync.Grains.Mapping;

namespace OrleansSync.Grains.Tests.Mapping;

public sealed class StatusStageTests
{
    private static readonly Dictionary<string, Dictionary<string, DealStage>> _none = [];

    [Theory]
    [InlineData(StorePlatform.Shopify, "paid", DealStage.Paid)]
    [InlineData(StorePlatform.Shopify, "voided", DealStage.Cancelled)]
    [InlineData(StorePlatform.WooCommerce, "processing", DealStage.Paid)]
    [InlineData(StorePlatform.WooCommerce, "completed", DealStage.Fulfilled)]
    [InlineData(StorePlatform.WooCommerce, "on-hold", DealStage.Placed)]
    [InlineData(StorePlatform.BigCommerce, "Awaiting Fulfillment", DealStage.Paid)]
    [InlineData(StorePlatform.Magento, "closed", DealStage.Refunded)]
    [InlineData(StorePlatform.Commercetools, "Complete", DealStage.Fulfilled)]
    public void Lookup_PlatformVocabulary_MapsToStage(StorePlatform platform, string raw, DealStage expected) =>
        Assert.Equal(expected, StatusStageDefaults.Lookup(platform, raw, _none));

    [Fact]
    public void Lookup_ConfiguredOverride_WinsOverDefault()
    {
        var overrides = new Dictionary<string, Dictionary<string, DealStage>>(StringComparer.OrdinalIgnoreCase)
        {
            ["WooCommerce"] = new(StringComparer.OrdinalIgnoreCase) { ["on-hold"] = DealStage.Paid },
        };
        Assert.Equal(DealStage.Paid, StatusStageDefaults.Lookup(StorePlatform.WooCommerce, "On-Hold", overrides));
    }

    [Fact]
    public void Lookup_UnknownRawStatus_FallsBackToCanonical()
    {
        Assert.Null(StatusStageDefaults.Lookup(StorePlatform.Generic, "whatever", _none));
        Assert.Equal(DealStage.Paid, StatusStageDefaults.FromCanonical(OrderStatus.PartiallyRefunded));
        Assert.Equal(DealStage.Placed, StatusStageDefaults.FromCanonical(OrderStatus.Failed));
    }
}
