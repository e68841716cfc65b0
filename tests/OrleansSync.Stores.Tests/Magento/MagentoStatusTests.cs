using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Orders;
using OrleansSync.Grains.Mapping;
using OrleansSync.Stores.Magento;

namespace OrleansSync.Stores.Tests.Magento;

public sealed class MagentoStatusTests
{
    [Theory]
    [InlineData("new", "pending", OrderStatus.Pending, DealStage.Placed)]
    [InlineData("pending_payment", "pending_payment", OrderStatus.Pending, DealStage.Placed)]
    [InlineData("pending_payment", "pending_paypal", OrderStatus.Pending, DealStage.Placed)]
    [InlineData("processing", "processing", OrderStatus.Paid, DealStage.Paid)]
    [InlineData("processing", "fraud", OrderStatus.Paid, DealStage.Paid)]
    [InlineData("payment_review", "payment_review", OrderStatus.Pending, DealStage.Placed)]
    [InlineData("holded", "holded", OrderStatus.Pending, DealStage.Placed)]
    [InlineData("complete", "complete", OrderStatus.Fulfilled, DealStage.Fulfilled)]
    [InlineData("closed", "closed", OrderStatus.Refunded, DealStage.Refunded)]
    [InlineData("canceled", "canceled", OrderStatus.Cancelled, DealStage.Cancelled)]
    public void StateAndStatus_MapToTheStatesStatusAndTheDefaultStage(string state, string status, OrderStatus expected, DealStage stage)
    {
        Assert.Equal(expected, MagentoStatuses.StatusOf(state));
        Assert.Equal(stage, Stage(state, status, new Dictionary<string, Dictionary<string, DealStage>>()));
    }

    [Fact]
    public void StatusStage_ConfiguredForACustomStatus_OverridesItsStatesStage()
    {
        var configured = new Dictionary<string, Dictionary<string, DealStage>>
        {
            ["Magento"] = new(StringComparer.OrdinalIgnoreCase) { ["awaiting_courier"] = DealStage.Fulfilled },
        };

        Assert.Equal(DealStage.Fulfilled, Stage("processing", "awaiting_courier", configured));
        Assert.Equal(DealStage.Paid, Stage("processing", "awaiting_courier", new Dictionary<string, Dictionary<string, DealStage>>()));
    }

    // As the order grain decides: the raw status's configured or default stage, else the canonical status's.
    private static DealStage Stage(string state, string status, IReadOnlyDictionary<string, Dictionary<string, DealStage>> configured) =>
        StatusStageDefaults.Lookup(StorePlatform.Magento, status, configured) ?? StatusStageDefaults.FromCanonical(MagentoStatuses.StatusOf(state));
}
