using System.Text.Json;
using OrleansSync.Workload.Carts;
using OrleansSync.Workload.Customers;
using OrleansSync.Workload.Orders;

namespace OrleansSync.Workload.Platforms.WooCommerce;

/// <summary>WooCommerce REST v3 bodies (customer, order, block-checkout draft) with the fields the gateway maps.</summary>
internal static class WooCommercePayloads
{
    public static byte[] Customer(WorkloadCustomer customer) => JsonBody.Object(w =>
    {
        w.WriteNumber("id", customer.PlatformCustomerId ?? 0);
        w.WriteString("date_created_gmt", JsonBody.Gmt(customer.FirstSeen));
        w.WriteString("date_modified_gmt", JsonBody.Gmt(customer.FirstSeen));
        w.WriteString("email", customer.Email);
        w.WriteString("first_name", customer.FirstName);
        w.WriteString("last_name", customer.LastName);
        w.WriteString("role", "customer");
        w.WriteString("username", customer.Email.Split('@')[0]);
        WriteBilling(w, customer.Email, customer.FirstName, customer.LastName);
    });

    /// <summary>A block checkout's <c>checkout-draft</c> order, delivered as <c>order.updated</c> (the cart WooCommerce has).</summary>
    public static byte[] Draft(WorkloadCart cart, DateTimeOffset modifiedAt) => JsonBody.Object(w =>
    {
        w.WriteNumber("id", cart.CartId);
        w.WriteNumber("parent_id", 0);
        w.WriteString("status", "checkout-draft");
        w.WriteString("currency", cart.Currency);
        w.WriteString("date_created_gmt", JsonBody.Gmt(cart.StartedAt));
        w.WriteString("date_modified_gmt", JsonBody.Gmt(modifiedAt));
        w.WriteString("discount_total", "0.00");
        w.WriteString("shipping_total", "0.00");
        w.WriteString("total", JsonBody.Money(cart.Subtotal));
        w.WriteString("total_tax", "0.00");
        w.WriteNumber("customer_id", 0);
        w.WriteString("created_via", "store-api");
        WriteBilling(w, cart.Email, null, null);
        WriteLines(w, cart.Lines);
        w.WriteStartArray("refunds");
        w.WriteEndArray();
    });

    /// <summary>The order as <c>order.created</c> (paid, "processing") or as <c>order.updated</c> once refunded.</summary>
    public static byte[] Order(WorkloadOrder order, bool withRefund) => JsonBody.Object(w =>
    {
        var refund = withRefund ? order.Refund : null;
        w.WriteNumber("id", order.OrderId);
        w.WriteNumber("parent_id", 0);
        w.WriteString("number", order.Number);
        w.WriteString("status", refund is { Full: true } ? "refunded" : "processing");
        w.WriteString("currency", order.Currency);
        w.WriteString("date_created_gmt", JsonBody.Gmt(order.PlacedAt));
        w.WriteString("date_modified_gmt", JsonBody.Gmt(refund?.At ?? order.PlacedAt));
        w.WriteString("date_paid_gmt", JsonBody.Gmt(order.PlacedAt));
        w.WriteString("discount_total", "0.00");
        w.WriteString("shipping_total", JsonBody.Money(order.Shipping));
        w.WriteString("total", JsonBody.Money(order.Total));
        w.WriteString("total_tax", JsonBody.Money(order.Tax));
        w.WriteNumber("customer_id", order.Customer.HasAccountAt(order.Store) ? order.Customer.PlatformCustomerId!.Value : 0);
        w.WriteString("created_via", "checkout");
        WriteBilling(w, order.Customer.Email, order.Customer.FirstName, order.Customer.LastName);
        WriteLines(w, order.Lines);
        w.WriteStartArray("refunds");
        if (refund is not null)
        {
            w.WriteStartObject();
            w.WriteNumber("id", refund.RefundId);
            w.WriteString("reason", refund.Full ? "Order fully refunded" : "Partial refund");
            w.WriteString("total", "-" + JsonBody.Money(refund.Amount));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static void WriteBilling(Utf8JsonWriter w, string email, string? firstName, string? lastName)
    {
        w.WritePropertyName("billing");
        w.WriteStartObject();
        w.WriteString("first_name", firstName ?? "");
        w.WriteString("last_name", lastName ?? "");
        w.WriteString("email", email);
        w.WriteString("country", "DE");
        w.WriteEndObject();
    }

    private static void WriteLines(Utf8JsonWriter w, IReadOnlyList<WorkloadLine> lines)
    {
        w.WriteStartArray("line_items");
        foreach (var line in lines)
        {
            w.WriteStartObject();
            w.WriteNumber("id", line.LineId);
            w.WriteString("name", line.Name);
            w.WriteNumber("product_id", 1);
            w.WriteNumber("variation_id", 0);
            w.WriteNumber("quantity", line.Quantity);
            w.WriteString("subtotal", JsonBody.Money(line.Total));
            w.WriteString("total", JsonBody.Money(line.Total));
            w.WriteString("total_tax", "0.00");
            w.WriteString("sku", line.Sku);
            w.WriteNumber("price", line.UnitPrice);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
