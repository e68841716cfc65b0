namespace OrleansSync.Grains.Mapping;

/// <summary>Selective product sync for large catalogs. Empty lists mean "no restriction".</summary>
public sealed class ProductSyncFilter
{
    /// <summary>Sync products at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Only SKUs starting with one of these prefixes (ordinal, case-insensitive). Default: all.</summary>
    public List<string> SkuPrefixes { get; set; } = [];

    /// <summary>Only products in at least one of these categories. Default: all.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>Skip products whose store status is one of these (case-insensitive). Default: draft, archived.</summary>
    public List<string> ExcludedStatuses { get; set; } = ["draft", "archived"];

    public bool Includes(string? sku, IReadOnlyList<string> categories, string? status)
    {
        if (!Enabled || string.IsNullOrWhiteSpace(sku))
        {
            return false;
        }

        if (status is not null && ExcludedStatuses.Contains(status, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (SkuPrefixes.Count > 0 && !SkuPrefixes.Any(p => sku.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return Categories.Count == 0 || categories.Any(c => Categories.Contains(c, StringComparer.OrdinalIgnoreCase));
    }
}
