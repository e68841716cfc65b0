using System.Security.Cryptography;
using System.Text;
using OrleansSync.Workload;
using OrleansSync.Workload.Deliveries;
using OrleansSync.Workload.Storefronts;

namespace OrleansSync.Cluster.Tests.Workload;

/// <summary>The seeded workload's shape, which the benchmarks, the fault suite and the demo rely on.</summary>
public sealed class StoreWorkloadTests
{
    private static readonly StoreWorkload Large = StoreWorkload.Generate(seed: 11, orders: 2000);

    [Fact]
    public void Generate_SameSeed_SameDeliveriesByteForByte()
    {
        var first = StoreWorkload.Generate(seed: 5, orders: 200);
        var second = StoreWorkload.Generate(seed: 5, orders: 200);

        Assert.Equal(first.Events.Count, second.Events.Count);
        Assert.All(first.Events.Zip(second.Events), pair =>
        {
            Assert.Equal(pair.First.Topic, pair.Second.Topic);
            Assert.Equal(pair.First.Body, pair.Second.Body);
            Assert.Equal(pair.First.Headers, pair.Second.Headers);
        });
    }

    [Fact]
    public void Generate_OtherSeed_OtherDeliveries()
    {
        var first = StoreWorkload.Generate(seed: 5, orders: 200);
        var other = StoreWorkload.Generate(seed: 6, orders: 200);

        Assert.NotEqual(first.Events.Select(e => Convert.ToHexString(e.Body)), other.Events.Select(e => Convert.ToHexString(e.Body)));
    }

    [Fact]
    public void Generate_DefaultShape_MixHoldsWithinTolerance()
    {
        var orders = Large.Orders;
        var refunded = orders.Where(o => o.Refund is not null).ToList();
        var originals = Large.Events.Where(e => !e.IsDuplicate).ToList();

        AssertShare(0.05, refunded.Count, orders.Count, 0.015, "refunded orders");
        Assert.Contains(refunded, o => !o.Refund!.Full && o.FinalAmount > 0 && o.FinalAmount < o.Total);
        Assert.Contains(refunded, o => o.Refund!.Full && o.FinalAmount == 0);
        AssertShare(3.0, Large.Carts.Count, orders.Count, 0.15, "carts per order");
        AssertShare(0.70, Large.Carts.Count(c => c.IsAbandoned), Large.Carts.Count, 0.03, "abandoned carts");
        AssertShare(0.10, Large.Events.Count(e => e.IsDuplicate), originals.Count, 0.015, "duplicate deliveries");
        AssertShare(0.05, originals.Count(e => e.IsReordered), originals.Count, 0.015, "reordered deliveries");
        AssertShare(0.60, orders.Count(o => o.Currency == "USD"), orders.Count, 0.04, "USD orders");
        Assert.Equal(["EUR", "USD"], orders.Select(o => o.Currency).Distinct().Order());
        Assert.Equal([StorePlatform.WooCommerce, StorePlatform.Shopify], orders.Select(o => o.Store.Platform).Distinct().Order());
        Assert.Equal([1, 2, 3, 4, 5], orders.Select(o => o.Lines.Count).Distinct().Order());
        AssertShare(0.40, Large.Customers.Count(c => c.IsRegistered), Large.Customers.Count, 0.05, "registered customers");
        Assert.Contains(orders, o => !o.Customer.HasAccountAt(o.Store));
        Assert.Contains(orders, o => o.Customer.HasAccountAt(o.Store));
    }

    [Fact]
    public void Events_EverySignature_VerifiesWithThePlatformsAlgorithm()
    {
        foreach (var storeEvent in Large.Events)
        {
            var header = storeEvent.Store.Platform == StorePlatform.Shopify ? "X-Shopify-Hmac-Sha256" : "X-WC-Webhook-Signature";
            var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(storeEvent.Store.Secret), storeEvent.Body));
            Assert.Equal(expected, storeEvent.Header(header));
        }
    }

    [Fact]
    public void Events_Duplicate_IsTheSameDeliveryAsThePlatformRetriesIt()
    {
        var firstByBody = Large.Events.Where(e => !e.IsDuplicate).GroupBy(e => Convert.ToHexString(SHA256.HashData(e.Body))).ToDictionary(g => g.Key, g => g.First());
        foreach (var duplicate in Large.Events.Where(e => e.IsDuplicate))
        {
            var original = firstByBody[Convert.ToHexString(SHA256.HashData(duplicate.Body))];
            Assert.True(original.Sequence < duplicate.Sequence, $"duplicate {duplicate.Sequence} comes after its original");
            if (duplicate.Store.Platform == StorePlatform.Shopify)
            {
                Assert.Equal(original.Header("X-Shopify-Event-Id"), duplicate.Header("X-Shopify-Event-Id"));
            }
            else
            {
                // WooCommerce makes a new delivery id for every delivery; only the body tells a repeat.
                Assert.NotEqual(original.Header("X-WC-Webhook-Delivery-ID"), duplicate.Header("X-WC-Webhook-Delivery-ID"));
            }
        }
    }

    [Fact]
    public void Sample_TwentyOrders_KeepsThoseOrdersWithAllTheirDeliveries()
    {
        var sample = Large.Sample(20);

        Assert.Equal(20, sample.Orders.Count);
        foreach (var order in sample.Orders)
        {
            Assert.Contains(sample.Events, e => e.OrderKey == order.OrderKey && e.Kind == EventKind.OrderPlaced);
            Assert.Equal(Large.Events.Count(e => e.OrderKey == order.OrderKey), sample.Events.Count(e => e.OrderKey == order.OrderKey));
        }

        Assert.InRange(sample.Carts.Count(c => c.IsAbandoned), 30, 55);
    }

    private static void AssertShare(double expected, int part, int whole, double tolerance, string what)
    {
        var share = (double)part / whole;
        Assert.True(Math.Abs(share - expected) <= tolerance, $"{what}: {share:F3} ({part} of {whole}), expected {expected} ± {tolerance}");
    }
}
