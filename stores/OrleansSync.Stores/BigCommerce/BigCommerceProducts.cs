using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>BigCommerce v3 catalog product (with <c>include=variants,images</c>) → one canonical product per variant.</summary>
public static class BigCommerceProducts
{
    public static IReadOnlyList<ICanonicalEvent> Upserts(JsonElement product, StoreContext store, SourceStamp source)
    {
        var productId = product.RequiredId("id");
        var name = product.Str("name") ?? "";
        var image = product.Arr("images").OrderBy(i => i.Bool("is_thumbnail") == true ? 0 : 1).Select(i => i.Str("url_standard")).FirstOrDefault();
        IReadOnlyList<string> categories = [.. product.Arr("categories").Select(c => c.ValueKind == JsonValueKind.Number ? c.GetRawText() : c.GetString()).OfType<string>()];
        var status = product.Bool("is_visible") == false ? "hidden" : "visible";
        var updatedAt = product.Time("date_modified");
        var variants = product.Arr("variants").ToList();
        if (variants.Count == 0)
        {
            var only = new ProductSnapshot(productId, null, product.Id("sku"), name, product.Str("description"), product.Dec("price"), store.Currency, categories, null, image, status, updatedAt);
            return [new ProductUpserted(store, source, only)];
        }

        return variants.Select(v =>
        {
            var variantId = v.RequiredId("id");
            var options = string.Join(" / ", v.Arr("option_values").Select(o => o.Str("label")).OfType<string>());
            var snapshot = new ProductSnapshot(
                productId, variantId, v.Id("sku") ?? product.Id("sku"), options.Length == 0 ? name : $"{name} - {options}", product.Str("description"),
                v.Dec("price") ?? v.Dec("calculated_price") ?? product.Dec("price"), store.Currency, categories, null, v.Str("image_url") is { Length: > 0 } url ? url : image,
                status, updatedAt);
            return (ICanonicalEvent)new ProductUpserted(store, source with { SourceId = $"{productId}/{variantId}" }, snapshot);
        }).ToList();
    }
}
