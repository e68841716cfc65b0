using System.Text;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Shards;

namespace OrleansSync.Runtime.Tests.Shards;

/// <summary>
/// Every silo and gateway must place a grain on the same shard, in every process and every version.
/// The expected values were computed independently (a separate FNV-1a implementation), not by this code.
/// </summary>
public sealed class ShardHashTests
{
    [Theory]
    [InlineData("", 14695981039346656037UL)]
    [InlineData("a", 12638187200555641996UL)]
    [InlineData("foobar", 9625390261332436968UL)]
    public void Fnv1a_PublishedTestVectors_Match(string input, ulong expected) =>
        Assert.Equal(expected, ShardHash.Fnv1a(Encoding.UTF8.GetBytes(input)));

    [Theory]
    [InlineData("customer", "ada@example.com", 10890387944658804379UL, 27)]
    [InlineData("customer", "bob@example.org", 11450510643472365119UL, 63)]
    [InlineData("customer", "zoë@example.de", 7389782049242840270UL, 14)]
    [InlineData("order", "shopify-1:450789469", 13145248347522224652UL, 12)]
    [InlineData("order", "woo-main:727", 15026116150966069847UL, 23)]
    [InlineData("cart", "shopify-1:c1-123", 8864404670437854323UL, 51)]
    [InlineData("product", "portal-1:SKU-1", 2002003826615177868UL, 12)]
    [InlineData("product", "portal-1:SKU-2", 2002007125150062501UL, 37)]
    [InlineData("hubspot-portal", "12345678", 2421864214504057698UL, 34)]
    [InlineData("customer", "", 907552092741127010UL, 34)]
    [InlineData("order", "bigcommerce:100", 3211603370303148832UL, 32)]
    [InlineData("cart", "magento:quote-42", 2596773242698547592UL, 8)]
    [InlineData("customer", "同じ@example.jp", 2814751173995289815UL, 23)]
    [InlineData("counter", "a", 3584271587724788799UL, 63)]
    [InlineData("counter", "b", 3584272687236417010UL, 50)]
    [InlineData("product", "portal-2:ÄÖÜ", 8822949069257480651UL, 11)]
    [InlineData("order", "commercetools:f4c1", 14566460287595141238UL, 54)]
    [InlineData("store", "woo-main", 9747551019301061072UL, 16)]
    [InlineData("customer", "x+tag@example.com", 10469444079252227416UL, 24)]
    [InlineData("order", "generic:ORD-0001", 15633717407186383164UL, 60)]
    public void ShardOf_GoldenGrainIds_AreStable(string type, string key, ulong hash, int shardOf64)
    {
        var id = new GrainId(type, key);
        Assert.Equal(hash, ShardHash.Hash(id));
        Assert.Equal(shardOf64, ShardHash.ShardOf(id, 64));
    }

    [Fact]
    public void ShardOf_ManyIds_SpreadOverEveryShard()
    {
        var counts = new int[64];
        for (var i = 0; i < 64_000; i++)
        {
            counts[ShardHash.ShardOf(new GrainId("customer", $"person{i}@example.com"), 64)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 800, 1200));
    }
}
