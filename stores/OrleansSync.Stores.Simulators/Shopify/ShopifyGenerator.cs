using System.Globalization;
using System.Text.Json.Nodes;
using OrleansSync.Stores.Connectors;

namespace OrleansSync.Stores.Simulators.Shopify;

/// <summary>
/// Deterministic Shopify records in the Admin REST shape: customer <c>n</c> is <c>customer{n}@example.test</c>; order
/// <c>n</c> belongs to customer <c>((n - 1) % customers) + 1</c> and has <see cref="LinesOf"/> lines. Times lie in the past.
/// </summary>
public static class ShopifyGenerator
{
    public const int Products = 20;

    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Seed(ShopifySimulator store, int customers, int orders)
    {
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

    public static int LinesOf(int order) => (order % 3) + 1;

    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    public static JsonObject Customer(int n) => new()
    {
        ["id"] = 7_000_000L + n,
        ["email"] = Email(n),
        ["first_name"] = $"First{n}",
        ["last_name"] = $"Last{n}",
        ["state"] = "enabled",
        ["created_at"] = Time(Epoch.AddSeconds(n)),
        ["updated_at"] = Time(Epoch.AddSeconds(n)),
    };

    public static JsonObject Order(int n, int customer)
    {
        var lines = new JsonArray();
        var total = 0m;
        for (var l = 0; l < LinesOf(n); l++)
        {
            var product = ((n + l) % Products) + 1;
            var quantity = (l % 2) + 1;
            total += (5m + product) * quantity;
            lines.Add(new JsonObject
            {
                ["id"] = (9_000_000L + n) * 10 + l,
                ["name"] = $"Product {product}",
                ["title"] = $"Product {product}",
                ["sku"] = $"SKU-{product:000}",
                ["quantity"] = quantity,
                ["price"] = Money(5m + product),
                ["total_discount"] = "0.00",
                ["product_id"] = 8_000_000L + product,
                ["variant_id"] = 8_100_000L + product,
            });
        }

        var at = Time(Epoch.AddDays(1).AddSeconds(n));
        return new JsonObject
        {
            ["id"] = 9_000_000L + n,
            ["name"] = $"#{1000 + n}",
            ["order_number"] = 1000 + n,
            ["email"] = Email(customer),
            ["currency"] = "USD",
            ["financial_status"] = "paid",
            ["fulfillment_status"] = n % 5 == 0 ? "fulfilled" : null,
            ["source_name"] = "web",
            ["created_at"] = at,
            ["processed_at"] = at,
            ["updated_at"] = at,
            ["subtotal_price"] = Money(total),
            ["total_price"] = Money(total),
            ["total_tax"] = "0.00",
            ["total_discounts"] = "0.00",
            ["customer"] = new JsonObject { ["id"] = 7_000_000L + customer, ["email"] = Email(customer), ["first_name"] = $"First{customer}", ["last_name"] = $"Last{customer}" },
            ["line_items"] = lines,
            ["refunds"] = new JsonArray(),
            ["fulfillments"] = new JsonArray(),
        };
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
