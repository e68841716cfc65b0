using System.Text.Json;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Magento;

/// <summary>A Magento product (REST <c>/V1/products</c> item or <c>catalog_product_save_*</c> event value) → canonical product.</summary>
public static class MagentoProducts
{
    public static ProductSnapshot Snapshot(JsonElement product, string? currency) =>
        new(
            PlatformProductId: product.Id("id") ?? product.RequiredId("entity_id"),
            PlatformVariantId: null,
            Sku: product.Id("sku"),
            Name: product.Str("name") ?? "",
            Description: Attribute(product, "short_description") ?? Attribute(product, "description"),
            Price: product.Dec("price"),
            Currency: currency,
            Categories: [.. product.Obj("extension_attributes")?.Arr("category_links").Select(c => c.Id("category_id")).OfType<string>() ?? []],
            Url: null,
            ImageUrl: null,
            Status: product.Str("status") switch
            {
                "1" => "enabled",
                "2" => "disabled",
                var other => other,
            },
            UpdatedAt: MagentoOrders.Time(product, "updated_at"));

    /// <summary>REST products keep most attributes in <c>custom_attributes[{attribute_code, value}]</c>; events inline them.</summary>
    private static string? Attribute(JsonElement product, string code) =>
        product.Str(code) ?? product.Arr("custom_attributes").Where(a => a.Str("attribute_code") == code).Select(a => a.Str("value")).FirstOrDefault();
}
