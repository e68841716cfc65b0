using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OrleansSync.Gateway.Tests.Builders;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Fuzzing;

/// <summary>
/// Generates hostile deliveries from real platform samples: wrong types and extreme values in random fields, removed
/// fields, truncation, odd whole bodies (not an object, invalid UTF-8, deep nesting, oversize), tampered signatures
/// and headers, wrong methods and content types. Mutated bodies are signed correctly, so the mapping is reached.
/// </summary>
internal sealed class DeliveryFuzzer(Random random)
{
    private const string RawMarker = "__fuzz_raw__";

    public static IReadOnlyList<FuzzBase> WooCommerceBases() =>
    [
        new(FuzzEndpoint.WooCommerce, "order.created", PlatformSample.Unwrap("woocommerce/order_rest_v2_wrapped.json", "data")),
        new(FuzzEndpoint.WooCommerce, "order.updated", PlatformSample.Unwrap("woocommerce/order_rest_v2_wrapped.json", "data")),
        new(FuzzEndpoint.WooCommerce, "customer.updated", PlatformSample.Unwrap("woocommerce/customer_rest_v3_wrapped.json", "data")),
        new(FuzzEndpoint.WooCommerce, "order.updated", new WooOrderBuilder(4242).WithLine(1, "SKU-A", 2, 25m).WithLine(2, "SKU-B", 1, 9.99m).Build()),
    ];

    public static IReadOnlyList<FuzzBase> ShopifyBases() =>
    [
        new(FuzzEndpoint.Shopify, "orders/create", PlatformSample.Unwrap("shopify/order_rest_wrapped.json", "order")),
        new(FuzzEndpoint.Shopify, "orders/paid", PlatformSample.Unwrap("shopify/order_rest_wrapped.json", "order")),
        new(FuzzEndpoint.Shopify, "customers/update", PlatformSample.Unwrap("shopify/customer_rest_wrapped.json", "customer")),
        new(FuzzEndpoint.Shopify, "checkouts/create", PlatformSample.Unwrap("shopify/checkouts_rest_wrapped.json", "checkouts", index: 0)),
        new(FuzzEndpoint.Shopify, "refunds/create", new ShopifyRefundBuilder(77, 820982911946154508).WithLine(1, 1, 10m, 1m).Build()),
        new(FuzzEndpoint.Shopify, "products/update", new ShopifyProductBuilder(632910392, "IPod Nano").WithVariant(808950810, "IPOD2008PINK", "Pink", "199.00").Build()),
    ];

    public static IReadOnlyList<FuzzBase> GenericBases() =>
    [
        new(FuzzEndpoint.GenericLead, "lead", Deliver.Utf8(new
        {
            email = "jane@example.com", firstName = "Jane", lastName = "Doe", phone = "+1 555 0100", hubspotutk = "5c8e7b3f0d2a4b6c9e1f2a3b4c5d6e7f",
            ipAddress = "203.0.113.7", formName = "new_registration", marketingConsent = "opt_in", capturedAt = "2026-06-01T10:00:00Z",
        })),
        new(FuzzEndpoint.GenericPurchase, "purchase", Deliver.Utf8(new
        {
            orderNumber = "931", email = "jane@example.com", revenue = 142.31m, tax = 11.38m, shipping = 4.95m, discount = 5m, currency = "USD",
            lines = new object[] { new { sku = "SKU-RED", quantity = 2, unitPrice = 50m }, new { sku = "SKU-BLUE", quantity = 1, unitPrice = 42.31m } },
            hubspotutk = "5c8e7b3f0d2a4b6c9e1f2a3b4c5d6e7f", closedAt = "2026-06-01T10:00:00Z",
        })),
    ];

    public FuzzRequest Next(FuzzBase sample)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.08 => Signed(sample, sample.Body, "unmodified"),
            < 0.50 => Signed(sample, ReplaceFields(sample.Body, out var what), what),
            < 0.60 => Signed(sample, RemoveFields(sample.Body, out var removed), removed),
            < 0.68 => Truncated(sample),
            < 0.78 => Signed(sample, OddBody(out var odd), odd),
            < 0.88 => TamperedSignature(sample),
            < 0.94 => TamperedHeaders(sample),
            _ => WrongMethodOrType(sample),
        };
    }

    private byte[] ReplaceFields(byte[] body, out string what)
    {
        var root = JsonNode.Parse(body)!;
        var slots = Slots(root);
        var count = random.Next(1, 4);
        var raws = new List<string>();
        var names = new List<string>();
        for (var i = 0; i < count && slots.Count > 0; i++)
        {
            // Top-level fields (ids, totals, dates, email) a fifth of the time: they are what the keys and money come from.
            var topLevel = slots.Where(s => s.Parent == root).ToList();
            var slot = random.NextDouble() < 0.2 && topLevel.Count > 0 ? topLevel[random.Next(topLevel.Count)] : slots[random.Next(slots.Count)];
            var raw = HostileValues.Json[random.Next(HostileValues.Json.Length)];
            slot.Set(JsonValue.Create($"{RawMarker}{raws.Count}"));
            raws.Add(raw);
            names.Add($"{slot.Name}={raw}");
            slots = Slots(root);
        }

        var text = root.ToJsonString();
        for (var i = 0; i < raws.Count; i++)
        {
            text = text.Replace($"\"{RawMarker}{i}\"", raws[i], StringComparison.Ordinal);
        }

        what = $"replaced {string.Join(", ", names)}";
        return Encoding.UTF8.GetBytes(text);
    }

    private byte[] RemoveFields(byte[] body, out string what)
    {
        var root = JsonNode.Parse(body)!;
        var names = new List<string>();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var slots = Slots(root).Where(s => s.Parent is JsonObject).ToList();
            if (slots.Count == 0)
            {
                break;
            }

            var slot = slots[random.Next(slots.Count)];
            ((JsonObject)slot.Parent).Remove(slot.Name);
            names.Add(slot.Name);
        }

        what = $"removed {string.Join(", ", names)}";
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private FuzzRequest Truncated(FuzzBase sample)
    {
        var length = random.Next(0, sample.Body.Length);
        return Signed(sample, sample.Body[..length], $"truncated at {length}");
    }

    private byte[] OddBody(out string what)
    {
        switch (random.Next(9))
        {
            case 0:
                what = "not an object";
                return Encoding.UTF8.GetBytes(new[] { "[]", "42", "\"text\"", "null", "true", "[{}]" }[random.Next(6)]);
            case 1:
                what = "empty";
                return [];
            case 2:
                what = "deeply nested arrays";
                var depth = random.Next(60, 5000);
                return Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth));
            case 3:
                what = "deeply nested objects";
                var levels = random.Next(60, 2000);
                return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", levels)) + "1" + new string('}', levels));
            case 4:
                what = "over the size limit";
                return Encoding.UTF8.GetBytes("{\"id\":1,\"pad\":\"" + new string('x', TestStores.MaxBodyBytes + random.Next(1, 100_000)) + "\"}");
            case 5:
                what = "invalid UTF-8 inside a string";
                var bad = HostileValues.InvalidUtf8[random.Next(HostileValues.InvalidUtf8.Length)];
                return [.. "{\"id\":5,\"email\":\""u8.ToArray(), .. bad, .. "@example.com\",\"total\":\"1.00\"}"u8.ToArray()];
            case 6:
                what = "many properties";
                return Encoding.UTF8.GetBytes("{" + string.Join(',', Enumerable.Range(0, random.Next(1000, 5000)).Select(i => $"\"p{i}\":{i}")) + ",\"id\":3}");
            case 7:
                what = "duplicate keys";
                return "{\"id\":1,\"id\":[2],\"email\":\"a@example.com\",\"email\":{},\"total\":\"1\",\"total\":\"-1\"}"u8.ToArray();
            default:
                what = "a BOM and trailing garbage";
                return [0xEF, 0xBB, 0xBF, .. "{\"id\":1}xyz"u8.ToArray()];
        }
    }

    private FuzzRequest TamperedSignature(FuzzBase sample)
    {
        var request = Signed(sample, sample.Body, "");
        var signatureHeader = SignatureHeaderOf(sample.Endpoint);
        var original = request.Headers.First(h => h.Key == signatureHeader).Value;
        var (tampered, what) = random.Next(6) switch
        {
            0 => ((string?)null, "signature missing"),
            1 => ("", "signature empty"),
            2 => (FlipOneBit(original), "signature with one bit flipped"),
            3 => ("not base64 at all!", "signature not base64"),
            4 => (Deliver.Sign("some-other-secret", sample.Body), "signature under another secret"),
            _ => (Deliver.Sign(SecretOf(sample.Endpoint), [.. sample.Body, (byte)' ']), "signature of a different body"),
        };
        var headers = request.Headers.Where(h => h.Key != signatureHeader).ToList();
        if (tampered is not null)
        {
            headers.Add(new(signatureHeader, tampered));
        }

        return request with { Description = what, Headers = headers, Authentic = false };
    }

    private FuzzRequest TamperedHeaders(FuzzBase sample)
    {
        var request = Signed(sample, sample.Body, "");
        var headers = request.Headers.ToList();
        string what;
        var path = request.Path;
        switch (sample.Endpoint, random.Next(4))
        {
            case (_, 0):
                path = path.Replace(StoreOf(sample.Endpoint), "no-such-store", StringComparison.Ordinal);
                what = "unknown store";
                break;
            case (FuzzEndpoint.WooCommerce, 1):
                headers.RemoveAll(h => h.Key == "X-WC-Webhook-Topic");
                headers.Add(new("X-WC-Webhook-Topic", "coupon.created"));
                what = "unknown topic";
                break;
            case (FuzzEndpoint.WooCommerce, _):
                headers.RemoveAll(h => h.Key == "X-WC-Webhook-Source");
                headers.Add(new("X-WC-Webhook-Source", "https://evil.example.com/"));
                what = "wrong source";
                break;
            case (FuzzEndpoint.Shopify, 1):
                headers.RemoveAll(h => h.Key is "X-Shopify-Event-Id" or "X-Shopify-Webhook-Id");
                what = "no event id";
                break;
            case (FuzzEndpoint.Shopify, 2):
                headers.RemoveAll(h => h.Key == "X-Shopify-Topic");
                what = "no topic";
                break;
            case (FuzzEndpoint.Shopify, _):
                headers.RemoveAll(h => h.Key == "X-Shopify-Shop-Domain");
                headers.Add(new("X-Shopify-Shop-Domain", "evil.myshopify.com"));
                what = "wrong shop";
                break;
            default:
                path = path.Replace(sample.Endpoint == FuzzEndpoint.GenericLead ? "/leads" : "/purchases", sample.Endpoint == FuzzEndpoint.GenericLead ? "/purchases" : "/leads", StringComparison.Ordinal);
                what = "the other event's endpoint";
                break;
        }

        return request with { Description = what, Path = path, Headers = headers, Authentic = false };
    }

    private FuzzRequest WrongMethodOrType(FuzzBase sample)
    {
        var request = Signed(sample, sample.Body, "");
        return random.Next(3) switch
        {
            0 => request with { Description = "wrong method", Method = new[] { "GET", "PUT", "DELETE", "PATCH", "OPTIONS" }[random.Next(5)], Authentic = false },
            1 => request with { Description = "wrong content type", ContentType = new[] { "text/plain", "application/xml", "multipart/form-data; boundary=b", "image/png" }[random.Next(4)], Authentic = false },
            _ => request with { Description = "no content type", ContentType = null, Authentic = false },
        };
    }

    private FuzzRequest Signed(FuzzBase sample, byte[] body, string what)
    {
        var headers = new List<KeyValuePair<string, string>>();
        string path;
        switch (sample.Endpoint)
        {
            case FuzzEndpoint.WooCommerce:
                path = $"/webhooks/woocommerce/{TestStores.Woo}";
                headers.Add(new("X-WC-Webhook-Source", "https://shop.example.com/"));
                headers.Add(new("X-WC-Webhook-Topic", sample.Topic));
                headers.Add(new("X-WC-Webhook-Delivery-ID", Convert.ToHexStringLower(RandomBytes(8))));
                break;
            case FuzzEndpoint.Shopify:
                path = $"/webhooks/shopify/{TestStores.Shopify}";
                headers.Add(new("X-Shopify-Topic", sample.Topic));
                headers.Add(new("X-Shopify-Shop-Domain", TestStores.ShopDomain));
                headers.Add(new("X-Shopify-Event-Id", Convert.ToHexStringLower(RandomBytes(8))));
                headers.Add(new("X-Shopify-Triggered-At", "2026-01-01T09:00:00.000Z"));
                break;
            default:
                path = $"/api/carts/{TestStores.Generic}/{(sample.Endpoint == FuzzEndpoint.GenericLead ? "leads" : "purchases")}";
                break;
        }

        headers.Add(new(SignatureHeaderOf(sample.Endpoint), Deliver.Sign(SecretOf(sample.Endpoint), body)));
        return new FuzzRequest($"{sample.Topic}: {what}", "POST", path, "application/json", body, headers) { Authentic = true };
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private string FlipOneBit(string signature)
    {
        var bytes = Convert.FromBase64String(signature);
        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return Convert.ToBase64String(bytes);
    }

    private static string SignatureHeaderOf(FuzzEndpoint endpoint) => endpoint switch
    {
        FuzzEndpoint.WooCommerce => "X-WC-Webhook-Signature",
        FuzzEndpoint.Shopify => "X-Shopify-Hmac-Sha256",
        _ => "X-OrleansSync-Signature",
    };

    private static string SecretOf(FuzzEndpoint endpoint) => endpoint switch
    {
        FuzzEndpoint.WooCommerce => TestStores.WooSecret,
        FuzzEndpoint.Shopify => TestStores.ShopifySecret,
        _ => TestStores.GenericSecret,
    };

    private static string StoreOf(FuzzEndpoint endpoint) => endpoint switch
    {
        FuzzEndpoint.WooCommerce => TestStores.Woo,
        FuzzEndpoint.Shopify => TestStores.Shopify,
        _ => TestStores.Generic,
    };

    private static List<Slot> Slots(JsonNode root)
    {
        var slots = new List<Slot>();
        Walk(root, slots);
        return slots;
    }

    private static void Walk(JsonNode node, List<Slot> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    slots.Add(new Slot(o, name, -1));
                    if (child is not null)
                    {
                        Walk(child, slots);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    slots.Add(new Slot(a, $"[{i}]", i));
                    if (a[i] is { } child)
                    {
                        Walk(child, slots);
                    }
                }

                break;
        }
    }

    /// <summary>A place in the tree a value can be put: a property of an object or an element of an array.</summary>
    private sealed record Slot(JsonNode Parent, string Name, int Index)
    {
        public void Set(JsonNode value)
        {
            if (Parent is JsonObject o)
            {
                o[Name] = value;
            }
            else
            {
                ((JsonArray)Parent)[Index] = value;
            }
        }
    }
}
