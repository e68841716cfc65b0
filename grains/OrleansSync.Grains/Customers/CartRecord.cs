namespace OrleansSync.Grains.Customers;

/// <summary>An abandoned cart as the contact shows it; <paramref name="LastActivity"/> is the store's last cart activity.</summary>
[GenerateSerializer]
public sealed record CartRecord(
    string CartKey,
    string StoreId,
    decimal Value,
    string Currency,
    string Items,
    string? RecoveryUrl,
    DateTimeOffset LastActivity,
    DateTimeOffset AbandonedAt,
    bool Recovered);
