using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansSync.Cluster.Tests.Workload;

/// <summary>
/// A deterministic stream of Shopify webhooks for one store: a <c>customers/create</c> per customer, an
/// <c>orders/create</c> per order (paid, one to three lines, the customer embedded, in USD or, for one customer in
/// four, in EUR), an <c>orders/updated</c> carrying
/// the very same order for one order in twenty (a second event about an unchanged order), and one delivery in twenty
/// sent again with its event id (Shopify's redelivery). The final CRM state does not depend on the order of arrival:
/// each customer's profile is the same in every delivery that carries it, and each order is paid from the start.
/// </summary>
public sealed class ShopifyWorkload
{
    private ShopifyWorkload(IReadOnlyList<WorkloadCustomer> customers, IReadOnlyList<WorkloadOrder> orders, IReadOnlyList<ShopifyDelivery> deliveries, int updates, int repeats)
    {
        Customers = customers;
        Orders = orders;
        Deliveries = deliveries;
        Updates = updates;
        Repeats = repeats;
    }

    public IReadOnlyList<WorkloadCustomer> Customers { get; }

    public IReadOnlyList<WorkloadOrder> Orders { get; }

    /// <summary>Every delivery in the order it is sent, repeats included.</summary>
    public IReadOnlyList<ShopifyDelivery> Deliveries { get; }

    /// <summary><c>orders/updated</c> deliveries that change nothing.</summary>
    public int Updates { get; }

    /// <summary>Deliveries sent a second time with the same event id.</summary>
    public int Repeats { get; }

    /// <param name="deliveries">Total deliveries to send, repeats included (at least 40).</param>
    /// <param name="now">Orders are placed over the 4 days before it.</param>
    public static ShopifyWorkload Create(int deliveries, DateTimeOffset now, int seed = 20261130)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(deliveries, 40);
        var random = new Random(seed);
        var customerCount = deliveries / 10;
        var repeats = deliveries / 20;
        var updates = deliveries / 20;
        var orderCount = deliveries - customerCount - repeats - updates;

        var customers = Enumerable.Range(0, customerCount)
            .Select(i => new WorkloadCustomer(7_100_000_000 + i, $"c{i:D5}@cluster.example.com", $"First{i}", $"Last{i}", Subscribed: i % 3 == 0, Currency: i % 4 == 3 ? "EUR" : "USD"))
            .ToList();
        var start = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-4);
        var orders = Enumerable.Range(0, orderCount).Select(k => NewOrder(k, customers[k % customerCount], start.AddSeconds(k * 3 * 86_400.0 / orderCount), random)).ToList();

        var eventIds = 0L;
        string NextEventId() => $"{seed}-{++eventIds:D7}";
        var sends = new List<ShopifyDelivery>(deliveries);
        sends.AddRange(customers.Select(c => new ShopifyDelivery("customers/create", NextEventId(), JsonSerializer.SerializeToUtf8Bytes(CustomerJson(c)))));
        sends.AddRange(orders.Select(o => new ShopifyDelivery("orders/create", NextEventId(), JsonSerializer.SerializeToUtf8Bytes(OrderJson(o)))));
        sends.AddRange(orders.OrderBy(_ => random.Next()).Take(updates).Select(o => new ShopifyDelivery("orders/updated", NextEventId(), JsonSerializer.SerializeToUtf8Bytes(OrderJson(o)))));
        Shuffle(sends, random);

        // A redelivery follows its original, sometimes at once (it may race it), sometimes much later.
        for (var r = 0; r < repeats; r++)
        {
            var original = random.Next(sends.Count);
            sends.Insert(Math.Min(sends.Count, original + 1 + random.Next(r % 2 == 0 ? 16 : 2_000)), sends[original]);
        }

        return new ShopifyWorkload(customers, orders, sends, updates, repeats);
    }

    private static WorkloadOrder NewOrder(int k, WorkloadCustomer customer, DateTimeOffset placedAt, Random random)
    {
        var lines = Enumerable.Range(0, 1 + random.Next(3)).Select(j => new WorkloadLine(
            Id: 9_100_000_000 + (k * 10L) + j,
            Sku: $"SKU-{random.Next(60):D3}",
            Quantity: 1 + random.Next(3),
            Price: 5m + random.Next(9_000) / 100m,
            Discount: random.Next(5) == 0 ? 1.50m : 0m)).ToList();
        var subtotal = lines.Sum(l => l.Price * l.Quantity - l.Discount);
        var tax = decimal.Round(subtotal * 0.08m, 2, MidpointRounding.AwayFromZero);
        return new WorkloadOrder(8_100_000_000 + k, customer, $"#{10_000 + k}", lines, subtotal, tax, Shipping: 4.95m, Discount: lines.Sum(l => l.Discount), placedAt);
    }

    private static JsonObject CustomerJson(WorkloadCustomer c)
    {
        var json = new JsonObject
        {
            ["id"] = c.Id,
            ["email"] = c.Email,
            ["first_name"] = c.FirstName,
            ["last_name"] = c.LastName,
            ["state"] = "enabled",
            ["tags"] = "",
            ["created_at"] = "2026-01-15T10:00:00-05:00",
            ["updated_at"] = "2026-01-15T10:00:00-05:00",
            ["addresses"] = new JsonArray(),
        };
        if (c.Subscribed)
        {
            json["email_marketing_consent"] = new JsonObject
            {
                ["state"] = "subscribed",
                ["opt_in_level"] = "single_opt_in",
                ["consent_updated_at"] = "2026-01-15T10:00:00-05:00",
            };
        }

        return json;
    }

    private static JsonObject OrderJson(WorkloadOrder o)
    {
        var placed = Time(o.PlacedAt);
        return new JsonObject
        {
            ["id"] = o.Id,
            ["admin_graphql_api_id"] = $"gid://shopify/Order/{o.Id}",
            ["name"] = o.Name,
            ["order_number"] = o.Id - 8_100_000_000 + 10_000,
            ["email"] = o.Customer.Email,
            ["created_at"] = placed,
            ["updated_at"] = Time(o.PlacedAt.AddMinutes(1)),
            ["processed_at"] = placed,
            ["cancelled_at"] = null,
            ["cancel_reason"] = null,
            ["currency"] = o.Currency,
            ["source_name"] = "web",
            ["financial_status"] = "paid",
            ["fulfillment_status"] = null,
            ["subtotal_price"] = Money(o.Subtotal),
            ["total_discounts"] = Money(o.Discount),
            ["total_tax"] = Money(o.Tax),
            ["total_price"] = Money(o.Total),
            ["total_shipping_price_set"] = new JsonObject
            {
                ["shop_money"] = new JsonObject { ["amount"] = Money(o.Shipping), ["currency_code"] = o.Currency },
                ["presentment_money"] = new JsonObject { ["amount"] = Money(o.Shipping), ["currency_code"] = o.Currency },
            },
            ["tags"] = "",
            ["customer"] = CustomerJson(o.Customer),
            ["line_items"] = new JsonArray([.. o.Lines.Select(l => (JsonNode)new JsonObject
            {
                ["id"] = l.Id,
                ["sku"] = l.Sku,
                ["name"] = $"Product {l.Sku}",
                ["quantity"] = l.Quantity,
                ["price"] = Money(l.Price),
                ["total_discount"] = Money(l.Discount),
                ["product_id"] = 7_900_000_000 + int.Parse(l.Sku[4..], CultureInfo.InvariantCulture),
                ["variant_id"] = 7_950_000_000 + int.Parse(l.Sku[4..], CultureInfo.InvariantCulture),
            })]),
            ["refunds"] = new JsonArray(),
            ["fulfillments"] = new JsonArray(),
        };
    }

    private static void Shuffle<T>(List<T> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
