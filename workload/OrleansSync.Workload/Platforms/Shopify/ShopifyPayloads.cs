using System.Text.Json;
using OrleansSync.Workload.Carts;
using OrleansSync.Workload.Customers;
using OrleansSync.Workload.Orders;

namespace OrleansSync.Workload.Platforms.Shopify;

/// <summary>Shopify Admin REST bodies (Customer, Checkout, Order, Refund) with the fields the gateway maps.</summary>
internal static class ShopifyPayloads
{
    public static byte[] Customer(WorkloadCustomer customer) => JsonBody.Object(w =>
    {
        WriteCustomerFields(w, customer);
        w.WriteString("created_at", JsonBody.Iso(customer.FirstSeen));
        w.WriteString("updated_at", JsonBody.Iso(customer.FirstSeen));
    });

    public static byte[] Checkout(WorkloadCart cart, WorkloadCustomer? account, DateTimeOffset updatedAt) => JsonBody.Object(w =>
    {
        w.WriteNumber("id", cart.CartId);
        w.WriteString("token", $"ck{cart.CartId:x}");
        w.WriteString("cart_token", $"ct{cart.CartId:x}");
        w.WriteString("email", cart.Email);
        w.WriteString("created_at", JsonBody.Iso(cart.StartedAt));
        w.WriteString("updated_at", JsonBody.Iso(updatedAt));
        w.WriteNull("completed_at");
        w.WriteString("currency", cart.Currency);
        w.WriteString("source_name", "web");
        w.WriteString("subtotal_price", JsonBody.Money(cart.Subtotal));
        w.WriteString("total_tax", "0.00");
        w.WriteString("total_discounts", "0.00");
        w.WriteString("total_price", JsonBody.Money(cart.Subtotal));
        w.WriteString("abandoned_checkout_url", $"https://{cart.Store.PlatformStoreId}/checkouts/ck{cart.CartId:x}/recover");
        WriteLines(w, cart.Lines);
        if (account is not null)
        {
            w.WritePropertyName("customer");
            w.WriteStartObject();
            WriteCustomerFields(w, account);
            w.WriteEndObject();
        }
    });

    /// <summary>The order as <c>orders/create</c> (no refund yet) or <c>orders/updated</c> after its refund sends it.</summary>
    public static byte[] Order(WorkloadOrder order, bool withRefund) => JsonBody.Object(w =>
    {
        var refund = withRefund ? order.Refund : null;
        w.WriteNumber("id", order.OrderId);
        w.WriteString("name", $"#{order.Number}");
        w.WriteString("email", order.Customer.Email);
        w.WriteString("created_at", JsonBody.Iso(order.PlacedAt));
        w.WriteString("updated_at", JsonBody.Iso(refund?.At ?? order.PlacedAt));
        w.WriteString("processed_at", JsonBody.Iso(order.PlacedAt));
        w.WriteString("currency", order.Currency);
        w.WriteString("source_name", "web");
        w.WriteString("financial_status", refund is null ? "paid" : refund.Full ? "refunded" : "partially_refunded");
        w.WriteNull("fulfillment_status");
        w.WriteString("subtotal_price", JsonBody.Money(order.Subtotal));
        w.WriteString("total_discounts", "0.00");
        w.WriteString("total_tax", JsonBody.Money(order.Tax));
        w.WriteString("total_price", JsonBody.Money(order.Total));
        w.WriteBoolean("buyer_accepts_marketing", false);
        if (order.CartId is { } checkout)
        {
            w.WriteNumber("checkout_id", checkout);
        }

        if (order.Customer.HasAccountAt(order.Store))
        {
            w.WritePropertyName("customer");
            w.WriteStartObject();
            WriteCustomerFields(w, order.Customer);
            w.WriteEndObject();
        }

        w.WritePropertyName("billing_address");
        w.WriteStartObject();
        w.WriteString("first_name", order.Customer.FirstName);
        w.WriteString("last_name", order.Customer.LastName);
        w.WriteString("address1", "1 Main St");
        w.WriteString("city", "Ottawa");
        w.WriteString("country_code", "CA");
        w.WriteEndObject();
        WriteLines(w, order.Lines);
        w.WriteStartArray("shipping_lines");
        w.WriteStartObject();
        w.WriteString("code", "Standard");
        w.WriteString("title", "Standard");
        w.WriteString("price", JsonBody.Money(order.Shipping));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("refunds");
        if (refund is not null)
        {
            w.WriteStartObject();
            WriteRefundFields(w, order, refund);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    /// <summary><c>refunds/create</c>: the Refund resource alone, with its <c>order_id</c>.</summary>
    public static byte[] Refund(WorkloadOrder order, WorkloadRefund refund) => JsonBody.Object(w => WriteRefundFields(w, order, refund));

    private static void WriteRefundFields(Utf8JsonWriter w, WorkloadOrder order, WorkloadRefund refund)
    {
        w.WriteNumber("id", refund.RefundId);
        w.WriteNumber("order_id", order.OrderId);
        w.WriteString("created_at", JsonBody.Iso(refund.At));
        w.WriteString("processed_at", JsonBody.Iso(refund.At));
        w.WriteString("note", refund.Full ? "Order refunded" : "Partial refund");
        w.WriteStartArray("refund_line_items");
        w.WriteEndArray();
        w.WriteStartArray("transactions");
        w.WriteStartObject();
        w.WriteString("kind", "refund");
        w.WriteString("status", "success");
        w.WriteString("amount", JsonBody.Money(refund.Amount));
        w.WriteString("currency", order.Currency);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteCustomerFields(Utf8JsonWriter w, WorkloadCustomer customer)
    {
        w.WriteNumber("id", customer.PlatformCustomerId ?? 0);
        w.WriteString("email", customer.Email);
        w.WriteString("first_name", customer.FirstName);
        w.WriteString("last_name", customer.LastName);
        w.WriteString("state", "enabled");
        w.WriteString("tags", "");
    }

    private static void WriteLines(Utf8JsonWriter w, IReadOnlyList<WorkloadLine> lines)
    {
        w.WriteStartArray("line_items");
        foreach (var line in lines)
        {
            w.WriteStartObject();
            w.WriteNumber("id", line.LineId);
            w.WriteString("sku", line.Sku);
            w.WriteString("name", line.Name);
            w.WriteString("title", line.Name);
            w.WriteNumber("quantity", line.Quantity);
            w.WriteString("price", JsonBody.Money(line.UnitPrice));
            w.WriteString("total_discount", "0.00");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
