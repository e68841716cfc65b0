using OrleansSync.Contracts.Orders;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Orders;

namespace OrleansSync.Grains.Tests.Mapping;

public sealed class OrderRulesTests
{
    private static OrderState Order() => new() { Totals = new OrderTotals(100m, 19m, 5m, 10m, 114m, "EUR") };

    [Fact]
    public void Amount_GrossRule_IsTotalMinusRefunds()
    {
        var order = Order();
        order.Refunds["r1"] = 14m;
        Assert.Equal(100m, OrderRules.Amount(order, AmountRule.Gross));
    }

    [Fact]
    public void Amount_NetRule_IsSubtotalMinusDiscount()
    {
        Assert.Equal(90m, OrderRules.Amount(Order(), AmountRule.Net));
    }

    [Fact]
    public void Amount_RefundsAboveAmount_NeverNegative()
    {
        var order = Order();
        order.Refunds["r1"] = 500m;
        Assert.Equal(0m, OrderRules.Amount(order, AmountRule.Net));
    }

    [Fact]
    public void Stage_OlderStatusAfterFulfilled_DoesNotMoveBack()
    {
        var order = Order();
        OrderRules.ApplyStage(order, DealStage.Fulfilled);
        OrderRules.ApplyStage(order, DealStage.Paid);
        OrderRules.ApplyStage(order, DealStage.Placed);
        Assert.Equal(DealStage.Fulfilled, OrderRules.Stage(order));
    }

    [Fact]
    public void Stage_CancelAfterPaid_MovesToCancelled()
    {
        var order = Order();
        OrderRules.ApplyStage(order, DealStage.Paid);
        OrderRules.ApplyStage(order, DealStage.Cancelled);
        Assert.Equal(DealStage.Cancelled, OrderRules.Stage(order));
    }
}
