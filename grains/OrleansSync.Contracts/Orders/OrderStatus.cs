using System.Text.Json.Serialization;

namespace OrleansSync.Contracts.Orders;

/// <summary>
/// Platform-neutral order status, mapped from each platform's vocabulary (the raw value is kept in
/// <see cref="OrderSnapshot.RawStatus"/>). Unknown platform statuses map to <see cref="Other"/>.
/// </summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<OrderStatus>))]
public enum OrderStatus
{
    Other,

    /// <summary>Placed, no payment yet (WooCommerce pending/on-hold, Shopify pending/authorized).</summary>
    Pending,
    Paid,
    PartiallyFulfilled,
    Fulfilled,
    Cancelled,
    PartiallyRefunded,
    Refunded,

    /// <summary>Payment failed or was voided.</summary>
    Failed,
}
