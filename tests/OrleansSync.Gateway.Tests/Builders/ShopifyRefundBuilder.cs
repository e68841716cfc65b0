using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansSync.Gateway.Tests.Builders;

/// <summary>A <c>refunds/create</c> body: the Refund resource with its order id.</summary>
public sealed class ShopifyRefundBuilder(long refundId, long orderId)
{
    private readonly JsonObject _refund = new()
    {
        ["id"] = refundId,
        ["order_id"] = orderId,
        ["created_at"] = "2026-01-02T10:00:00-05:00",
        ["note"] = "damaged",
        ["refund_line_items"] = new JsonArray(),
        ["transactions"] = new JsonArray(),
        ["order_adjustments"] = new JsonArray(),
    };

    public ShopifyRefundBuilder WithLine(long lineItemId, int quantity, decimal subtotal, decimal tax)
    {
        _refund["refund_line_items"]!.AsArray().Add(new JsonObject
        {
            ["line_item_id"] = lineItemId,
            ["quantity"] = quantity,
            ["subtotal"] = subtotal,
            ["total_tax"] = tax,
        });
        return this;
    }

    public ShopifyRefundBuilder WithTransaction(string amount, string status = "success")
    {
        _refund["transactions"]!.AsArray().Add(new JsonObject { ["kind"] = "refund", ["amount"] = amount, ["status"] = status });
        return this;
    }

    public byte[] Build() => JsonSerializer.SerializeToUtf8Bytes(_refund);
}
