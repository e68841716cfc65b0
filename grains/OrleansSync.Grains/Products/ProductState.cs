namespace OrleansSync.Grains.Products;

/// <summary>Durable state of one SKU in a portal's product library.</summary>
public sealed class ProductState
{
    public DateTimeOffset? UpdatedAt { get; set; }

    public bool Deleted { get; set; }

    public bool Synced { get; set; }

    public HashSet<string> Aliases { get; set; } = new(StringComparer.Ordinal);
}
