using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansSync.Gateway.Tests.Builders;

/// <summary>
/// A WooCommerce order webhook body (REST v3 order schema, platform-events.md §1.5), encoded like
/// <c>wp_json_encode</c>: slashes escaped as <c>\/</c>, which is why signatures must use the raw bytes.
/// </summary>
public sealed class WooOrderBuilder(long id = 963)
{
    private readonly JsonObject _order = new()
    {
        ["id"] = id,
        ["parent_id"] = 0,
        ["number"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["created_via"] = "checkout",
        ["status"] = "processing",
        ["currency"] = "USD",
        ["date_created_gmt"] = "2026-01-01T08:00:00",
        ["date_modified_gmt"] = "2026-01-01T08:05:00",
        ["date_paid_gmt"] = "2026-01-01T08:05:00",
        ["date_completed_gmt"] = null,
        ["discount_total"] = "0.00",
        ["shipping_total"] = "4.00",
        ["total_tax"] = "0.00",
        ["total"] = "4.00",
        ["customer_id"] = 0,
        ["customer_ip_address"] = "203.0.113.9",
        ["billing"] = new JsonObject { ["first_name"] = "Ana", ["last_name"] = "Lima", ["email"] = "ana@example.com", ["phone"] = "", ["country"] = "BR" },
        ["shipping"] = new JsonObject { ["first_name"] = "Ana", ["last_name"] = "Lima", ["country"] = "BR" },
        ["line_items"] = new JsonArray(),
        ["refunds"] = new JsonArray(),
        ["meta_data"] = new JsonArray(new JsonObject { ["id"] = 1, ["key"] = "hubspotutk", ["value"] = "5c8e7b3f0d2a4b6c9e1f2a3b4c5d6e7f" }),
        ["_links"] = new JsonObject { ["self"] = new JsonArray(new JsonObject { ["href"] = $"https://shop.example.com/wp-json/wc/v3/orders/{id}" }) },
    };

    private decimal _total = 4m;

    public WooOrderBuilder WithStatus(string status, string? modifiedGmt = null)
    {
        _order["status"] = status;
        if (modifiedGmt is not null)
        {
            _order["date_modified_gmt"] = modifiedGmt;
        }

        return this;
    }

    public WooOrderBuilder WithEmail(string email)
    {
        _order["billing"]!["email"] = email;
        return this;
    }

    public WooOrderBuilder WithLine(long lineId, string sku, int quantity, decimal unitPrice)
    {
        var subtotal = unitPrice * quantity;
        _order["line_items"]!.AsArray().Add(new JsonObject
        {
            ["id"] = lineId,
            ["name"] = $"Item {sku}",
            ["product_id"] = lineId * 10,
            ["variation_id"] = 0,
            ["quantity"] = quantity,
            ["subtotal"] = Money(subtotal),
            ["total"] = Money(subtotal),
            ["total_tax"] = "0.00",
            ["sku"] = sku,
            ["price"] = unitPrice,
        });
        _total += subtotal;
        _order["total"] = Money(_total);
        return this;
    }

    public WooOrderBuilder WithRefund(long refundId, decimal amount)
    {
        _order["refunds"]!.AsArray().Add(new JsonObject { ["id"] = refundId, ["reason"] = "", ["total"] = Money(-amount) });
        return this;
    }

    public WooOrderBuilder Without(string field)
    {
        _order.Remove(field);
        return this;
    }

    public byte[] Build() =>
        System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(_order).Replace("/", "\\/", StringComparison.Ordinal));

    private static string Money(decimal value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
