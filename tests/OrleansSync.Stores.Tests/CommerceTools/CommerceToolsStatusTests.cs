using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Orders;
using OrleansSync.Grains.Mapping;
using OrleansSync.Stores.CommerceTools;

namespace OrleansSync.Stores.Tests.CommerceTools;

public sealed class CommerceToolsStatusTests
{
    [Theory]
    [InlineData("Open", "Pending", "Pending", OrderStatus.Pending, "Open", DealStage.Placed)]
    [InlineData("Open", "BalanceDue", null, OrderStatus.Pending, "Open", DealStage.Placed)]
    [InlineData("Confirmed", "Pending", "Pending", OrderStatus.Pending, "Confirmed", DealStage.Paid)]
    [InlineData("Open", "Paid", "Pending", OrderStatus.Paid, "payment:Paid", DealStage.Paid)]
    [InlineData("Open", "Failed", "Pending", OrderStatus.Failed, "payment:Failed", DealStage.Placed)]
    [InlineData("Open", "Paid", "Partial", OrderStatus.PartiallyFulfilled, "shipment:Partial", DealStage.Paid)]
    [InlineData("Open", "Paid", "Shipped", OrderStatus.Fulfilled, "shipment:Shipped", DealStage.Fulfilled)]
    [InlineData("Confirmed", "Paid", "Delivered", OrderStatus.Fulfilled, "shipment:Delivered", DealStage.Fulfilled)]
    [InlineData("Complete", "Paid", "Delivered", OrderStatus.Fulfilled, "Complete", DealStage.Fulfilled)]
    [InlineData("Cancelled", "Paid", "Pending", OrderStatus.Cancelled, "Cancelled", DealStage.Cancelled)]
    public void States_MapToTheFurthestStateItsRawWordAndTheDefaultStage(
        string orderState, string? paymentState, string? shipmentState, OrderStatus status, string raw, DealStage stage)
    {
        Assert.Equal(status, CommerceToolsStates.StatusOf(orderState, paymentState, shipmentState));
        Assert.Equal(raw, CommerceToolsStates.RawStatusOf(orderState, paymentState, shipmentState));
        Assert.Equal(stage, Stage(orderState, paymentState, shipmentState, new Dictionary<string, Dictionary<string, DealStage>>()));
    }

    [Fact]
    public void StatusStage_ConfiguredForAPaymentState_OverridesItsDefault()
    {
        var configured = new Dictionary<string, Dictionary<string, DealStage>>
        {
            ["Commercetools"] = new(StringComparer.OrdinalIgnoreCase) { ["payment:Failed"] = DealStage.Cancelled },
        };

        Assert.Equal(DealStage.Cancelled, Stage("Open", "Failed", "Pending", configured));
    }

    private static DealStage Stage(string orderState, string? paymentState, string? shipmentState, IReadOnlyDictionary<string, Dictionary<string, DealStage>> configured) =>
        StatusStageDefaults.Lookup(StorePlatform.Commercetools, CommerceToolsStates.RawStatusOf(orderState, paymentState, shipmentState), configured)
        ?? StatusStageDefaults.FromCanonical(CommerceToolsStates.StatusOf(orderState, paymentState, shipmentState));
}
