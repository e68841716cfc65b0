using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansSync.Gateway.Tests.Builders;

/// <summary>A Shopify REST Order webhook body, written from the documented resource (platform-events.md §2.4).</summary>
public sealed class ShopifyOrderBuilder(long id = 820982911946154508)
{
    private readonly JsonObject _order = new()
    {
        ["id"] = id,
        ["admin_graphql_api_id"] = $"gid://shopify/Order/{id}",
        ["name"] = "#9999",
        ["order_number"] = 1234,
        ["email"] = "jon@example.com",
        ["created_at"] = "2025-12-31T19:00:00-05:00",
        ["updated_at"] = "2025-12-31T19:05:00-05:00",
        ["processed_at"] = "2025-12-31T19:00:00-05:00",
        ["cancelled_at"] = null,
        ["cancel_reason"] = null,
        ["currency"] = "CAD",
        ["source_name"] = "web",
        ["customer_locale"] = "fr",
        ["financial_status"] = "paid",
        ["fulfillment_status"] = null,
        ["subtotal_price"] = "0.00",
        ["total_discounts"] = "0.00",
        ["total_tax"] = "0.00",
        ["total_price"] = "0.00",
        ["total_shipping_price_set"] = new JsonObject
        {
            ["shop_money"] = new JsonObject { ["amount"] = "5.00", ["currency_code"] = "CAD" },
            ["presentment_money"] = new JsonObject { ["amount"] = "5.00", ["currency_code"] = "CAD" },
        },
        ["buyer_accepts_marketing"] = true,
        ["tags"] = "",
        ["customer"] = new JsonObject
        {
            ["id"] = 115310627314723954,
            ["email"] = "jon@example.com",
            ["first_name"] = "Jon",
            ["last_name"] = "Doe",
            ["state"] = "enabled",
            ["tags"] = "vip, wholesale",
            ["email_marketing_consent"] = new JsonObject
            {
                ["state"] = "subscribed",
                ["opt_in_level"] = "single_opt_in",
                ["consent_updated_at"] = "2025-12-31T19:00:00-05:00",
            },
        },
        ["line_items"] = new JsonArray(),
        ["refunds"] = new JsonArray(),
        ["fulfillments"] = new JsonArray(),
    };

    private decimal _subtotal;

    public ShopifyOrderBuilder WithLine(long lineId, string sku, int quantity, decimal price, decimal discount = 0m)
    {
        _order["line_items"]!.AsArray().Add(new JsonObject
        {
            ["id"] = lineId,
            ["sku"] = sku,
            ["name"] = $"Product {sku}",
            ["quantity"] = quantity,
            ["price"] = Money(price),
            ["total_discount"] = Money(discount),
            ["product_id"] = 788032119674292922,
            ["variant_id"] = lineId + 1,
        });
        _subtotal += price * quantity - discount;
        _order["subtotal_price"] = Money(_subtotal);
        _order["total_price"] = Money(_subtotal + 5m);
        return this;
    }

    public ShopifyOrderBuilder WithStatus(string financial, string? fulfillment = null)
    {
        _order["financial_status"] = financial;
        _order["fulfillment_status"] = fulfillment;
        return this;
    }

    public ShopifyOrderBuilder WithoutCustomer(string email)
    {
        _order.Remove("customer");
        _order["email"] = email;
        return this;
    }

    public ShopifyOrderBuilder Without(string field)
    {
        _order.Remove(field);
        return this;
    }

    public byte[] Build() => JsonSerializer.SerializeToUtf8Bytes(_order);

    private static string Money(decimal value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
