using System.Text.Json;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.WooCommerce;

/// <summary>WooCommerce product JSON → canonical product (variations arrive as their own product webhooks).</summary>
public static class WooCommerceProducts
{
    public static ProductSnapshot Snapshot(JsonElement body, string? currency)
    {
        var parent = body.Id("parent_id");
        var isVariation = parent is not null and not "0";
        return new ProductSnapshot(
            PlatformProductId: isVariation ? parent! : body.RequiredId("id"),
            PlatformVariantId: isVariation ? body.RequiredId("id") : null,
            Sku: body.Id("sku"),
            Name: body.Str("name") ?? "",
            Description: body.Str("short_description"),
            Price: body.Dec("price"),
            Currency: currency,
            Categories: [.. body.Arr("categories").Select(c => c.Str("name")).OfType<string>()],
            Url: body.Str("permalink"),
            ImageUrl: body.Arr("images").Select(i => i.Str("src")).FirstOrDefault(),
            Status: body.Str("status"),
            UpdatedAt: body.Time("date_modified_gmt"));
    }
}
