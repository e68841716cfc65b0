using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Shopify;

/// <summary>Shopify Product JSON → one canonical product per variant (the product library is keyed by SKU).</summary>
public static class ShopifyProducts
{
    public static IReadOnlyList<ICanonicalEvent> Upserts(JsonElement product, StoreContext store, SourceStamp source, string? shopDomain)
    {
        var productId = product.RequiredId("id");
        var title = product.Str("title") ?? "";
        var handle = product.Id("handle");
        var url = handle is null || shopDomain is null ? null : $"https://{shopDomain}/products/{handle}";
        var image = product.Obj("image")?.Str("src") ?? product.Arr("images").Select(i => i.Str("src")).FirstOrDefault();
        IReadOnlyList<string> categories = product.Id("product_type") is { } type ? [type] : [];
        var updatedAt = product.Time("updated_at");
        var variants = product.Arr("variants").ToList();
        if (variants.Count == 0)
        {
            var only = new ProductSnapshot(productId, null, null, title, product.Str("body_html"), null, store.Currency, categories, url, image, product.Str("status"), updatedAt);
            return [new ProductUpserted(store, source, only)];
        }

        return variants.Select(v =>
        {
            var variantId = v.RequiredId("id");
            var variantTitle = v.Str("title");
            var name = string.IsNullOrWhiteSpace(variantTitle) || variantTitle == "Default Title" ? title : $"{title} - {variantTitle}";
            var snapshot = new ProductSnapshot(
                productId, variantId, v.Id("sku"), name, product.Str("body_html"), v.Dec("price"), store.Currency, categories, url, image,
                product.Str("status"), v.Time("updated_at") ?? updatedAt);
            return (ICanonicalEvent)new ProductUpserted(store, source with { SourceId = $"{productId}/{variantId}" }, snapshot);
        }).ToList();
    }
}
