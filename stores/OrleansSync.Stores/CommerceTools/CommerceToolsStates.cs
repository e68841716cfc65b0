using OrleansSync.Contracts.Orders;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>
/// commercetools keeps three states per order (platform-events.md §5.4): <c>orderState</c>, <c>paymentState</c> and
/// <c>shipmentState</c>. The furthest one decides the canonical status, and the raw status kept on the order is that one
/// word — an order state as is (<c>Open</c>, <c>Confirmed</c>, <c>Complete</c>, <c>Cancelled</c>, the default stage keys),
/// a payment or shipment state prefixed (<c>payment:Paid</c>, <c>shipment:Shipped</c>) — so each can be given a stage.
/// </summary>
public static class CommerceToolsStates
{
    public static string RawStatusOf(string? orderState, string? paymentState, string? shipmentState) =>
        (orderState, paymentState, shipmentState) switch
        {
            ("Cancelled" or "Complete", _, _) => orderState!,
            (_, _, "Shipped" or "Delivered" or "Partial") => $"shipment:{shipmentState}",
            (_, "Paid" or "CreditOwed" or "Failed", _) => $"payment:{paymentState}",
            _ => orderState ?? "Open",
        };

    public static OrderStatus StatusOf(string? orderState, string? paymentState, string? shipmentState) =>
        (orderState, paymentState, shipmentState) switch
        {
            ("Cancelled", _, _) => OrderStatus.Cancelled,
            ("Complete", _, _) or (_, _, "Shipped" or "Delivered") => OrderStatus.Fulfilled,
            (_, _, "Partial") => OrderStatus.PartiallyFulfilled,
            (_, "Paid" or "CreditOwed", _) => OrderStatus.Paid,
            (_, "Failed", _) => OrderStatus.Failed,
            ("Open" or "Confirmed" or null, _, _) => OrderStatus.Pending,
            _ => OrderStatus.Other,
        };
}
