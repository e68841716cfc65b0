namespace OrleansSync.Grains.Products;

public sealed class ProductAliasState
{
    public string? Sku { get; set; }
}
