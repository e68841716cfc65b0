using OrleansSync.Contracts.Orders;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>
/// BigCommerce order <c>status_id</c> (platform-events.md §3.5). Merchants can rename statuses (<c>custom_status</c>), so
/// the id decides and the raw status kept on the order is the id's standard name: the name stage overrides key on
/// (<c>SyncMapping:StatusStages:BigCommerce:Awaiting Fulfillment</c>).
/// </summary>
public static class BigCommerceStatuses
{
    private static readonly (string Name, OrderStatus Status)[] Vocabulary =
    [
        ("Incomplete", OrderStatus.Other),
        ("Pending", OrderStatus.Pending),
        ("Shipped", OrderStatus.Fulfilled),
        ("Partially Shipped", OrderStatus.PartiallyFulfilled),
        ("Refunded", OrderStatus.Refunded),
        ("Cancelled", OrderStatus.Cancelled),
        ("Declined", OrderStatus.Failed),
        ("Awaiting Payment", OrderStatus.Pending),
        ("Awaiting Pickup", OrderStatus.Paid),
        ("Awaiting Shipment", OrderStatus.Paid),
        ("Completed", OrderStatus.Fulfilled),
        ("Awaiting Fulfillment", OrderStatus.Paid),
        ("Manual Verification Required", OrderStatus.Pending),
        ("Disputed", OrderStatus.Other),
        ("Partially Refunded", OrderStatus.PartiallyRefunded),
    ];

    /// <summary>All status ids BigCommerce defines.</summary>
    public static IEnumerable<int> Ids => Enumerable.Range(0, Vocabulary.Length);

    /// <summary>The standard name of a status id; "status_{id}" for an id this table does not know.</summary>
    public static string NameOf(int statusId) => Known(statusId) ? Vocabulary[statusId].Name : $"status_{statusId}";

    public static OrderStatus StatusOf(int statusId) => Known(statusId) ? Vocabulary[statusId].Status : OrderStatus.Other;

    private static bool Known(int statusId) => statusId >= 0 && statusId < Vocabulary.Length;
}
