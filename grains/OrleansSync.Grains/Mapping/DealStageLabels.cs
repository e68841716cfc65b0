namespace OrleansSync.Grains.Mapping;

/// <summary>The stage labels of the "Ecommerce" pipeline the schema bootstrap creates (<c>EcommerceSchema.Default</c>).</summary>
public static class DealStageLabels
{
    public static string Of(DealStage stage) => stage switch
    {
        DealStage.CheckoutAbandoned => "Checkout abandoned",
        DealStage.Placed => "Order placed",
        DealStage.Paid => "Paid",
        DealStage.Fulfilled => "Fulfilled",
        DealStage.Cancelled => "Cancelled",
        DealStage.Refunded => "Refunded",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
