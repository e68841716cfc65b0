using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Simulators.Magento;

/// <summary>Deterministic records for a simulated Magento store: the same seed gives the same store.</summary>
public static class MagentoSeed
{
    private static readonly (string State, string Status)[] States =
    [
        ("processing", "processing"), ("processing", "processing"), ("complete", "complete"), ("new", "pending"),
        ("pending_payment", "pending_payment"), ("processing", "fraud"),
    ];

    public static void Fill(MagentoStoreData data, int seed, int customers, int products, int orders, DateTimeOffset start)
    {
        var random = new Random(seed);
        var clock = start;
        string Tick() => MagentoStoreData.Time(clock = clock.AddMinutes(1));
        for (var i = 1; i <= customers; i++)
        {
            var at = Tick();
            data.Customers[i] = new JsonObject
            {
                ["id"] = i, ["group_id"] = 1, ["email"] = $"customer{i}@example.com", ["firstname"] = $"First{i}", ["lastname"] = $"Last{i}",
                ["created_at"] = at, ["updated_at"] = at, ["created_in"] = "Default Store View", ["store_id"] = 1, ["website_id"] = 1,
                ["addresses"] = new JsonArray(new JsonObject
                {
                    ["id"] = i, ["customer_id"] = i, ["firstname"] = $"First{i}", ["lastname"] = $"Last{i}", ["street"] = new JsonArray($"{i} Main St"),
                    ["city"] = "Austin", ["region"] = new JsonObject { ["region_code"] = "TX", ["region"] = "Texas", ["region_id"] = 57 },
                    ["postcode"] = "78701", ["country_id"] = "US", ["telephone"] = "5550100", ["default_billing"] = true,
                }),
                ["extension_attributes"] = new JsonObject { ["is_subscribed"] = i % 2 == 0 },
            };
        }

        for (var i = 1; i <= products; i++)
        {
            var at = Tick();
            data.Products[i] = new JsonObject
            {
                ["id"] = i, ["sku"] = $"MSKU-{i}", ["name"] = $"Magento Product {i}", ["attribute_set_id"] = 4, ["price"] = 10 + i, ["status"] = 1,
                ["visibility"] = 4, ["type_id"] = "simple", ["created_at"] = at, ["updated_at"] = at,
                ["extension_attributes"] = new JsonObject { ["category_links"] = new JsonArray(new JsonObject { ["position"] = 0, ["category_id"] = "3" }) },
                ["custom_attributes"] = new JsonArray(new JsonObject { ["attribute_code"] = "short_description", ["value"] = $"Product {i}" }),
            };
        }

        for (var i = 1; i <= orders; i++)
        {
            var at = Tick();
            var guest = customers == 0 || i % 3 == 0;
            var customerId = guest ? 0 : (i - 1) % customers + 1;
            var (state, status) = States[random.Next(States.Length)];
            var quantity = random.Next(1, 4);
            var price = 20m + random.Next(0, 5000) / 100m;
            var subtotal = price * quantity;
            var email = guest ? $"guest{i}@example.com" : $"customer{customerId}@example.com";
            var order = new JsonObject
            {
                ["entity_id"] = i, ["increment_id"] = $"{100000000 + i:D9}", ["state"] = state, ["status"] = status,
                ["customer_email"] = email, ["customer_firstname"] = $"First{i}", ["customer_lastname"] = $"Last{i}",
                ["customer_is_guest"] = guest ? 1 : 0, ["customer_group_id"] = guest ? 0 : 1, ["store_id"] = 1,
                ["order_currency_code"] = "USD", ["base_currency_code"] = "USD",
                ["subtotal"] = subtotal, ["discount_amount"] = 0, ["shipping_amount"] = 5, ["tax_amount"] = 0, ["grand_total"] = subtotal + 5,
                ["total_paid"] = state is "processing" or "complete" ? subtotal + 5 : 0, ["quote_id"] = 500 + i,
                ["created_at"] = at, ["updated_at"] = at,
                ["items"] = new JsonArray(new JsonObject
                {
                    ["item_id"] = i * 10, ["order_id"] = i, ["sku"] = $"MSKU-{(i - 1) % Math.Max(products, 1) + 1}", ["name"] = "Magento Product",
                    ["product_id"] = (i - 1) % Math.Max(products, 1) + 1, ["product_type"] = "simple", ["qty_ordered"] = quantity, ["price"] = price,
                    ["row_total"] = subtotal, ["discount_amount"] = 0, ["tax_amount"] = 0,
                }),
                ["billing_address"] = new JsonObject
                {
                    ["address_type"] = "billing", ["firstname"] = $"First{i}", ["lastname"] = $"Last{i}", ["street"] = new JsonArray($"{i} Main St"),
                    ["city"] = "Austin", ["region_code"] = "TX", ["postcode"] = "78701", ["country_id"] = "US", ["telephone"] = "5550100", ["email"] = email,
                },
            };
            if (!guest)
            {
                order["customer_id"] = customerId;
            }

            data.Orders[i] = order;
        }

        var cartAt = Tick();
        data.Carts[900] = new JsonObject
        {
            ["id"] = 900, ["created_at"] = cartAt, ["updated_at"] = cartAt, ["is_active"] = true, ["is_virtual"] = false, ["items_count"] = 1, ["items_qty"] = 2,
            ["customer"] = new JsonObject { ["id"] = 1, ["email"] = "customer1@example.com", ["firstname"] = "First1", ["lastname"] = "Last1" },
            ["items"] = new JsonArray(new JsonObject { ["item_id"] = 9001, ["sku"] = "MSKU-1", ["qty"] = 2, ["name"] = "Magento Product 1", ["price"] = 11, ["product_type"] = "simple", ["quote_id"] = "900" }),
            ["currency"] = new JsonObject { ["quote_currency_code"] = "USD", ["base_currency_code"] = "USD" },
            ["customer_is_guest"] = false,
        };
    }
}
