using OrleansSync.Grains.Mapping;

namespace OrleansSync.Grains.Orders;

/// <summary>Pure deal rules: the stage from the order's monotonic flags, and the amount rule.</summary>
public static class OrderRules
{
    public static DealStage Stage(OrderState order) =>
        order.FullyRefunded ? DealStage.Refunded
        : order.Cancelled ? DealStage.Cancelled
        : order.Fulfilled ? DealStage.Fulfilled
        : order.Paid ? DealStage.Paid
        : DealStage.Placed;

    public static decimal RefundedAmount(OrderState order) => order.Refunds.Values.Sum();

    /// <summary>The amount before refunds: gross = the order total; net = subtotal − discount (no tax, no shipping).</summary>
    public static decimal BaseAmount(OrderState order, AmountRule rule) => order.Totals is not { } t ? 0m : rule switch
    {
        AmountRule.Net => t.Subtotal - t.Discount,
        _ => t.Total,
    };

    /// <summary>Refunds adjust the deal (line-item prices cannot be negative); the amount never goes below zero.</summary>
    public static decimal Amount(OrderState order, AmountRule rule) =>
        order.FullyRefunded ? 0m : Math.Max(0m, BaseAmount(order, rule) - RefundedAmount(order));

    /// <summary>Applies the store's status to the flags (never turning one off).</summary>
    public static void ApplyStage(OrderState order, DealStage stage)
    {
        switch (stage)
        {
            case DealStage.Paid:
                order.Paid = true;
                break;
            case DealStage.Fulfilled:
                order.Fulfilled = true;
                break;
            case DealStage.Cancelled:
                order.Cancelled = true;
                break;
            case DealStage.Refunded:
                order.FullyRefunded = true;
                break;
        }
    }
}
