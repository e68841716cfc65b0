using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Simulators.CommerceTools;

/// <summary>Deterministic resources (and their creation messages) for a simulated commercetools project.</summary>
public static class CommerceToolsSeed
{
    public static void Fill(CommerceToolsProjectData data, int seed, int customers, int products, int orders, DateTimeOffset start)
    {
        var random = new Random(seed);
        var clock = start;
        string Tick() => data.Now(clock = clock.AddMinutes(1));
        for (var i = 1; i <= customers; i++)
        {
            var at = Tick();
            var customer = new JsonObject
            {
                ["id"] = $"cust-{i:D4}", ["version"] = 1L, ["customerNumber"] = $"C{i}", ["email"] = $"customer{i}@example.com",
                ["firstName"] = $"First{i}", ["lastName"] = $"Last{i}", ["isEmailVerified"] = true, ["authenticationMode"] = "Password",
                ["addresses"] = new JsonArray(new JsonObject
                {
                    ["id"] = $"addr-{i}", ["firstName"] = $"First{i}", ["lastName"] = $"Last{i}", ["streetName"] = "Main St", ["streetNumber"] = $"{i}",
                    ["postalCode"] = "10001", ["city"] = "New York", ["country"] = "US", ["phone"] = "5550100",
                }),
                ["defaultBillingAddressId"] = $"addr-{i}", ["createdAt"] = at, ["lastModifiedAt"] = at,
            };
            data.Customers[customer["id"]!.GetValue<string>()] = customer;
            data.AddMessage("customer", customer, "CustomerCreated", new JsonObject { ["customer"] = customer.DeepClone() }, at);
        }

        for (var i = 1; i <= products; i++)
        {
            var at = Tick();
            var product = new JsonObject
            {
                ["id"] = $"prod-{i:D4}", ["version"] = 1L, ["key"] = $"product-{i}", ["createdAt"] = at, ["lastModifiedAt"] = at,
                ["masterData"] = new JsonObject
                {
                    ["published"] = true,
                    ["current"] = new JsonObject
                    {
                        ["name"] = new JsonObject { ["en"] = $"Product {i}" }, ["categories"] = new JsonArray(new JsonObject { ["typeId"] = "category", ["id"] = "cat-1" }),
                        ["masterVariant"] = Variant(1, $"CT-{i}-1", 1999 + i),
                        ["variants"] = new JsonArray(Variant(2, $"CT-{i}-2", 2999 + i)),
                    },
                },
            };
            data.Products[product["id"]!.GetValue<string>()] = product;
        }

        for (var i = 1; i <= orders; i++)
        {
            var at = Tick();
            var guest = customers == 0 || i % 3 == 0;
            var quantity = random.Next(1, 4);
            var cents = 1000 + random.Next(0, 9000);
            var order = new JsonObject
            {
                ["id"] = $"order-{i:D4}", ["version"] = 1L, ["orderNumber"] = $"ORD-{1000 + i}",
                ["customerEmail"] = guest ? $"guest{i}@example.com" : $"customer{(i - 1) % customers + 1}@example.com",
                ["totalPrice"] = Money(cents * quantity + 500),
                ["taxedPrice"] = new JsonObject { ["totalNet"] = Money(cents * quantity + 500), ["totalGross"] = Money(cents * quantity + 500), ["totalTax"] = Money(0) },
                ["shippingInfo"] = new JsonObject { ["shippingMethodName"] = "Standard", ["price"] = Money(500) },
                ["billingAddress"] = new JsonObject { ["firstName"] = $"First{i}", ["lastName"] = $"Last{i}", ["streetName"] = "Main St", ["city"] = "New York", ["country"] = "US" },
                ["lineItems"] = new JsonArray(new JsonObject
                {
                    ["id"] = $"li-{i}", ["productId"] = "prod-0001", ["name"] = new JsonObject { ["en"] = "Product 1" },
                    ["variant"] = new JsonObject { ["id"] = 1, ["sku"] = "CT-1-1" }, ["quantity"] = quantity,
                    ["price"] = new JsonObject { ["value"] = Money(cents) }, ["totalPrice"] = Money(cents * quantity),
                }),
                ["orderState"] = "Open", ["paymentState"] = i % 2 == 0 ? "Paid" : "Pending", ["shipmentState"] = "Pending",
                ["returnInfo"] = new JsonArray(), ["createdAt"] = at, ["lastModifiedAt"] = at,
            };
            if (!guest)
            {
                order["customerId"] = $"cust-{(i - 1) % customers + 1:D4}";
            }

            data.Orders[order["id"]!.GetValue<string>()] = order;
            data.AddMessage("order", order, "OrderCreated", new JsonObject { ["order"] = order.DeepClone() }, at);
        }

        var cartAt = Tick();
        data.Carts["cart-0001"] = new JsonObject
        {
            ["id"] = "cart-0001", ["version"] = 3L, ["customerEmail"] = "customer1@example.com", ["customerId"] = customers > 0 ? "cust-0001" : null,
            ["cartState"] = "Active", ["totalPrice"] = Money(1999),
            ["lineItems"] = new JsonArray(new JsonObject
            {
                ["id"] = "cli-1", ["productId"] = "prod-0001", ["name"] = new JsonObject { ["en"] = "Product 1" }, ["variant"] = new JsonObject { ["id"] = 1, ["sku"] = "CT-1-1" },
                ["quantity"] = 1, ["price"] = new JsonObject { ["value"] = Money(1999) }, ["totalPrice"] = Money(1999),
            }),
            ["createdAt"] = cartAt, ["lastModifiedAt"] = cartAt,
        };
    }

    private static JsonObject Variant(int id, string sku, int cents) => new()
    {
        ["id"] = id, ["sku"] = sku, ["prices"] = new JsonArray(new JsonObject { ["id"] = $"price-{sku}", ["value"] = Money(cents) }), ["images"] = new JsonArray(),
    };

    private static JsonObject Money(int cents) => new() { ["type"] = "centPrecision", ["currencyCode"] = "USD", ["centAmount"] = cents, ["fractionDigits"] = 2 };
}
