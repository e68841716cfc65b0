namespace OrleansSync.Contracts.Products;

/// <summary>One sellable product (or variant) of a store, keyed by SKU in the product library.</summary>
/// <param name="PlatformProductId">The platform's product id.</param>
/// <param name="PlatformVariantId">The variant (variation) id when this entry is a variant.</param>
/// <param name="Sku">SKU; null when the store has none (the product then routes by platform id).</param>
/// <param name="Price">Current price; null when not sent.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="Price"/>.</param>
/// <param name="Status">Platform status, e.g. "active", "draft", "publish".</param>
[GenerateSerializer]
public sealed record ProductSnapshot(
    string PlatformProductId,
    string? PlatformVariantId,
    string? Sku,
    string Name,
    string? Description,
    decimal? Price,
    string? Currency,
    IReadOnlyList<string> Categories,
    string? Url,
    string? ImageUrl,
    string? Status,
    DateTimeOffset? UpdatedAt);
