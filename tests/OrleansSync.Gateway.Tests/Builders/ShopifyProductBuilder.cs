using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansSync.Gateway.Tests.Builders;

/// <summary>A <c>products/create|update</c> body with variants.</summary>
public sealed class ShopifyProductBuilder(long id, string title)
{
    private readonly JsonObject _product = new()
    {
        ["id"] = id,
        ["title"] = title,
        ["handle"] = title.ToLowerInvariant().Replace(' ', '-'),
        ["product_type"] = "Snowboards",
        ["status"] = "active",
        ["updated_at"] = "2026-01-01T08:00:00-05:00",
        ["variants"] = new JsonArray(),
    };

    public ShopifyProductBuilder WithVariant(long variantId, string? sku, string variantTitle, string price)
    {
        _product["variants"]!.AsArray().Add(new JsonObject { ["id"] = variantId, ["sku"] = sku, ["title"] = variantTitle, ["price"] = price });
        return this;
    }

    public byte[] Build() => JsonSerializer.SerializeToUtf8Bytes(_product);
}
