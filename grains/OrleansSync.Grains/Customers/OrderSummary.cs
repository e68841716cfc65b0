namespace OrleansSync.Grains.Customers;

/// <summary>What the customer grain needs to know about one of the person's orders; the order grain sends it whole, with a revision.</summary>
[GenerateSerializer]
public sealed record OrderSummary(
    string StoreId,
    string Currency,
    decimal Revenue,
    bool Paid,
    DateTimeOffset? PlacedAt,
    DateTimeOffset? PaidAt,
    bool Cancelled,
    bool FraudHold,
    bool ReturnInProgress,
    IReadOnlyList<string> Categories,
    string? PlatformCustomerId);
