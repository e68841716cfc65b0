namespace OrleansSync.Grains.Carts;

/// <summary>Durable state of one store cart / checkout.</summary>
public sealed class CartState
{
    public string? StoreId { get; set; }

    public string? PortalId { get; set; }

    public string? Email { get; set; }

    public CartStatus Status { get; set; }

    public DateTimeOffset? LastActivity { get; set; }

    public long Generation { get; set; }

    public decimal Value { get; set; }

    public string Currency { get; set; } = "";

    public string Items { get; set; } = "";

    public string? RecoveryUrl { get; set; }
}
