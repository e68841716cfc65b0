using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>A commercetools Product (current projection) → one canonical product per variant.</summary>
public static class CommerceToolsProducts
{
    public static IReadOnlyList<ICanonicalEvent> Upserts(JsonElement product, StoreContext store, SourceStamp source)
    {
        var productId = product.RequiredId("id");
        var data = product.Obj("masterData")?.Obj("current") ?? throw new MappingException("Required object 'masterData.current' is missing.");
        var name = CommerceToolsMoney.Text(data.Obj("name")) ?? "";
        var description = CommerceToolsMoney.Text(data.Obj("description"));
        var status = product.Obj("masterData")?.Bool("published") == true ? "published" : "unpublished";
        IReadOnlyList<string> categories = [.. data.Arr("categories").Select(c => c.Id("id")).OfType<string>()];
        var variants = (data.Obj("masterVariant") is { } master ? [master] : new List<JsonElement>()).Concat(data.Arr("variants"));
        return variants.Select(v =>
        {
            var variantId = v.RequiredId("id");
            var price = v.Arr("prices").FirstOrDefault();
            var snapshot = new ProductSnapshot(
                productId, variantId, v.Id("sku"), name, description,
                price.ValueKind == JsonValueKind.Object ? CommerceToolsMoney.Of(price.Obj("value")) : null,
                price.ValueKind == JsonValueKind.Object ? CommerceToolsMoney.CurrencyOf(price.Obj("value")) ?? store.Currency : store.Currency,
                categories, null, v.Arr("images").Select(i => i.Str("url")).FirstOrDefault(), status, product.Time("lastModifiedAt"));
            return (ICanonicalEvent)new ProductUpserted(store, source with { SourceId = $"{productId}/{variantId}" }, snapshot);
        }).ToList();
    }
}
