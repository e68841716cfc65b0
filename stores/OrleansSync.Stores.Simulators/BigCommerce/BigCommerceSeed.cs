using System.Globalization;
using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Simulators.BigCommerce;

/// <summary>Deterministic records for a simulated BigCommerce store: the same seed gives the same store.</summary>
public static class BigCommerceSeed
{
    private static readonly string[] FirstNames = ["Jane", "Omar", "Li", "Ana", "Tom", "Priya", "Jonas", "Chloé"];
    private static readonly string[] LastNames = ["Doe", "Haddad", "Wei", "Silva", "Berg", "Nair", "Weber", "Martin"];

    /// <summary>Adds customers, products with variants, orders (one per customer in turn, some guests) and one open cart, all modified from <paramref name="start"/> a minute apart.</summary>
    public static void Fill(BigCommerceStoreData data, int seed, int customers, int products, int orders, DateTimeOffset start)
    {
        var random = new Random(seed);
        var clock = start;
        DateTimeOffset Tick() => clock = clock.AddMinutes(1);
        for (var i = 1; i <= customers; i++)
        {
            var at = BigCommerceStoreData.Iso(Tick());
            data.Customers[i] = new JsonObject
            {
                ["id"] = i,
                ["email"] = $"customer{i}@example.com",
                ["first_name"] = FirstNames[random.Next(FirstNames.Length)],
                ["last_name"] = LastNames[random.Next(LastNames.Length)],
                ["company"] = "",
                ["phone"] = $"555{random.Next(1000000, 9999999)}",
                ["customer_group_id"] = 0,
                ["date_created"] = at,
                ["date_modified"] = at,
                ["accepts_product_review_abandoned_cart_emails"] = random.Next(2) == 0,
                ["origin_channel_id"] = 1,
                ["channel_ids"] = new JsonArray(1),
                ["addresses"] = new JsonArray(),
            };
        }

        for (var i = 1; i <= products; i++)
        {
            var at = BigCommerceStoreData.Iso(Tick());
            var price = 10m + random.Next(0, 9000) / 100m;
            data.Products[100 + i] = new JsonObject
            {
                ["id"] = 100 + i,
                ["name"] = $"Product {i}",
                ["sku"] = $"SKU-{i}",
                ["price"] = price,
                ["description"] = $"<p>Product {i}</p>",
                ["categories"] = new JsonArray(23),
                ["is_visible"] = true,
                ["date_created"] = at,
                ["date_modified"] = at,
                ["variants"] = new JsonArray(
                    Variant(1000 + i * 10 + 1, $"SKU-{i}-S", price, "S"),
                    Variant(1000 + i * 10 + 2, $"SKU-{i}-M", price, "M")),
                ["images"] = new JsonArray(),
            };
        }

        for (var i = 1; i <= orders; i++)
        {
            var id = 200 + i;
            var at = Tick();
            var customerId = customers == 0 || i % 4 == 0 ? 0 : (i - 1) % customers + 1;
            var quantity = random.Next(1, 4);
            var unit = 10m + random.Next(0, 9000) / 100m;
            var subtotal = unit * quantity;
            var tax = decimal.Round(subtotal * 0.08m, 2);
            var total = subtotal + tax + 5m;
            var statusId = new[] { 11, 11, 2, 10, 7, 1 }[random.Next(6)];
            data.Orders[id] = new JsonObject
            {
                ["id"] = id,
                ["customer_id"] = customerId,
                ["date_created"] = BigCommerceStoreData.Rfc2822(at),
                ["date_modified"] = BigCommerceStoreData.Rfc2822(at),
                ["date_shipped"] = "",
                ["status_id"] = statusId,
                ["status"] = "",
                ["subtotal_ex_tax"] = Money(subtotal),
                ["subtotal_inc_tax"] = Money(subtotal + tax),
                ["total_tax"] = Money(tax),
                ["shipping_cost_ex_tax"] = Money(5m),
                ["total_ex_tax"] = Money(subtotal + 5m),
                ["total_inc_tax"] = Money(total),
                ["discount_amount"] = Money(0m),
                ["coupon_discount"] = Money(0m),
                ["items_total"] = quantity,
                ["payment_status"] = statusId is 7 or 1 ? "pending" : "captured",
                ["refunded_amount"] = Money(0m),
                ["currency_code"] = "USD",
                ["order_source"] = "www",
                ["channel_id"] = 1,
                ["customer_locale"] = "en",
                ["is_email_opt_in"] = i % 2 == 0,
                ["billing_address"] = new JsonObject
                {
                    ["first_name"] = FirstNames[i % FirstNames.Length],
                    ["last_name"] = LastNames[i % LastNames.Length],
                    ["company"] = "",
                    ["street_1"] = $"{i} Main Street",
                    ["city"] = "Austin",
                    ["state"] = "Texas",
                    ["zip"] = "78108",
                    ["country_iso2"] = "US",
                    ["phone"] = "5551234567",
                    ["email"] = customerId == 0 ? $"guest{i}@example.com" : $"customer{customerId}@example.com",
                },
                ["products"] = new JsonObject { ["resource"] = $"/orders/{id}/products" },
            };
            var product = products == 0 ? 101 : 100 + (i - 1) % products + 1;
            data.OrderProducts[id] = new JsonArray(new JsonObject
            {
                ["id"] = id * 10,
                ["order_id"] = id,
                ["product_id"] = product,
                ["variant_id"] = 1000 + (product - 100) * 10 + 1,
                ["name"] = $"Product {product - 100}",
                ["sku"] = $"SKU-{product - 100}-S",
                ["quantity"] = quantity,
                ["base_price"] = Money(unit),
                ["price_ex_tax"] = Money(unit),
                ["price_inc_tax"] = Money(unit * 1.08m),
                ["total_ex_tax"] = Money(subtotal),
                ["total_inc_tax"] = Money(subtotal + tax),
                ["applied_discounts"] = new JsonArray(),
            });
        }

        var cartAt = BigCommerceStoreData.Iso(Tick());
        data.Carts["7e48f7ef-2e88-4817-aea4-b0ed01490114"] = new JsonObject
        {
            ["id"] = "7e48f7ef-2e88-4817-aea4-b0ed01490114",
            ["customer_id"] = customers > 0 ? 1 : 0,
            ["email"] = "customer1@example.com",
            ["currency"] = new JsonObject { ["code"] = "USD" },
            ["base_amount"] = 42.5m,
            ["discount_amount"] = 0m,
            ["cart_amount"] = 42.5m,
            ["coupons"] = new JsonArray(),
            ["line_items"] = new JsonObject
            {
                ["physical_items"] = new JsonArray(new JsonObject
                {
                    ["id"] = "b1c2", ["product_id"] = 101, ["variant_id"] = 1011, ["sku"] = "SKU-1-S", ["name"] = "Product 1",
                    ["quantity"] = 1, ["list_price"] = 42.5m, ["sale_price"] = 42.5m, ["discount_amount"] = 0m,
                }),
                ["digital_items"] = new JsonArray(),
            },
            ["created_time"] = cartAt,
            ["updated_time"] = cartAt,
            ["channel_id"] = 1,
            ["locale"] = "en",
        };
    }

    private static JsonObject Variant(long id, string sku, decimal price, string size) => new()
    {
        ["id"] = id,
        ["sku"] = sku,
        ["price"] = price,
        ["calculated_price"] = price,
        ["option_values"] = new JsonArray(new JsonObject { ["label"] = size, ["option_display_name"] = "Size" }),
    };

    private static string Money(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
