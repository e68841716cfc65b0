using OrleansSync.Workload.Customers;
using OrleansSync.Workload.Storefronts;

namespace OrleansSync.Workload.Orders;

/// <summary>A paid order (paid when placed), maybe refunded later, maybe completing a cart (<see cref="CartId"/>).</summary>
public sealed record WorkloadOrder(
    Storefront Store,
    long OrderId,
    WorkloadCustomer Customer,
    string Currency,
    IReadOnlyList<WorkloadLine> Lines,
    decimal Tax,
    decimal Shipping,
    DateTimeOffset PlacedAt,
    WorkloadRefund? Refund,
    long? CartId)
{
    public string Number => $"{OrderId % 1_000_000}";

    /// <summary>The deal's <c>ecom_order_key</c>: <c>{storeId}/{orderId}</c>.</summary>
    public string OrderKey => $"{Store.Id}/{OrderId}";

    public decimal Subtotal => Lines.Sum(l => l.Total);

    public decimal Total => Subtotal + Tax + Shipping;

    /// <summary>What the store keeps once refunds are done: the deal amount HubSpot must end with (gross amount rule).</summary>
    public decimal FinalAmount => Refund is null ? Total : Refund.Full ? 0m : Total - Refund.Amount;

    /// <summary>The line item's <c>ecom_line_key</c>: <c>{orderKey}/{lineId}</c>.</summary>
    public string LineKey(WorkloadLine line) => $"{OrderKey}/{line.LineId}";
}
