namespace OrleansSync.Stores.WriteBack;

/// <summary>What the store said to an order creation: the new order's id, or why it refused for good (a 4xx).</summary>
public sealed record StoreOrderResult(string? PlatformOrderId, string? Refusal)
{
    public static StoreOrderResult Created(string platformOrderId) => new(platformOrderId, null);

    public static StoreOrderResult Refused(string why) => new(null, why);
}
