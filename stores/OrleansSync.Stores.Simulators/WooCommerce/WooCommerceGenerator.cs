using System.Globalization;
using System.Text.Json.Nodes;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Stores.Simulators.WooCommerce;

/// <summary>
/// Deterministic WooCommerce records in the REST v3 shape: customer <c>n</c> is <c>customer{n}@example.test</c>; order
/// <c>n</c> belongs to customer <c>((n - 1) % customers) + 1</c> and has <see cref="LinesOf"/> lines of distinct products.
/// Modification times lie in the past, one second apart.
/// </summary>
public static class WooCommerceGenerator
{
    public const int Products = 20;

    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Seed(WooCommerceSimulator store, int customers, int orders)
    {
        for (var p = 1; p <= Products; p++)
        {
            store.Put(StoreResource.Products, Product(p));
        }

        for (var c = 1; c <= customers; c++)
        {
            store.Put(StoreResource.Customers, Customer(c));
        }

        for (var o = 1; o <= orders; o++)
        {
            store.Put(StoreResource.Orders, Order(o, ((o - 1) % customers) + 1));
        }
    }

    public static string Email(int customer) => $"customer{customer}@example.test";

    /// <summary>1 to 3 lines, so line items can be counted without reading the store.</summary>
    public static int LinesOf(int order) => (order % 3) + 1;

    public static string Gmt(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    public static JsonObject Customer(int n) => new()
    {
        ["id"] = n,
        ["email"] = Email(n),
        ["first_name"] = $"First{n}",
        ["last_name"] = $"Last{n}",
        ["role"] = "customer",
        ["date_created_gmt"] = Gmt(Epoch.AddSeconds(n)),
        ["date_modified_gmt"] = Gmt(Epoch.AddSeconds(n)),
        ["billing"] = new JsonObject { ["email"] = Email(n), ["first_name"] = $"First{n}", ["last_name"] = $"Last{n}", ["country"] = "US" },
        ["shipping"] = new JsonObject { ["country"] = "US" },
    };

    public static JsonObject Product(int n) => new()
    {
        ["id"] = 1000 + n,
        ["name"] = $"Product {n}",
        ["sku"] = $"SKU-{n:000}",
        ["type"] = "simple",
        ["status"] = "publish",
        ["price"] = Price(n).ToString("0.00", CultureInfo.InvariantCulture),
        ["regular_price"] = Price(n).ToString("0.00", CultureInfo.InvariantCulture),
        ["date_created_gmt"] = Gmt(Epoch),
        ["date_modified_gmt"] = Gmt(Epoch),
    };

    public static JsonObject Order(int n, int customer)
    {
        var lines = new JsonArray();
        var total = 0m;
        for (var l = 0; l < LinesOf(n); l++)
        {
            var product = ((n + l) % Products) + 1;
            var quantity = (l % 2) + 1;
            var amount = Price(product) * quantity;
            total += amount;
            lines.Add(new JsonObject
            {
                ["id"] = (n * 10L) + l,
                ["name"] = $"Product {product}",
                ["product_id"] = 1000 + product,
                ["variation_id"] = 0,
                ["quantity"] = quantity,
                ["subtotal"] = Money(amount),
                ["total"] = Money(amount),
                ["total_tax"] = "0.00",
                ["sku"] = $"SKU-{product:000}",
            });
        }

        var modified = Epoch.AddDays(1).AddSeconds(n);
        return new JsonObject
        {
            ["id"] = n,
            ["number"] = n.ToString(CultureInfo.InvariantCulture),
            ["status"] = n % 5 == 0 ? "completed" : "processing",
            ["currency"] = "USD",
            ["created_via"] = "checkout",
            ["customer_id"] = customer,
            ["date_created_gmt"] = Gmt(modified),
            ["date_modified_gmt"] = Gmt(modified),
            ["date_paid_gmt"] = Gmt(modified),
            ["discount_total"] = "0.00",
            ["shipping_total"] = "0.00",
            ["total_tax"] = "0.00",
            ["total"] = Money(total),
            ["billing"] = new JsonObject { ["email"] = Email(customer), ["first_name"] = $"First{customer}", ["last_name"] = $"Last{customer}", ["country"] = "US" },
            ["shipping"] = new JsonObject { ["country"] = "US" },
            ["line_items"] = lines,
            ["refunds"] = new JsonArray(),
            ["coupon_lines"] = new JsonArray(),
        };
    }

    private static decimal Price(int product) => 5m + product;

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
