using OrleansSync.Stores.Shopify;
using OrleansSync.Testing;

namespace OrleansSync.Stores.Tests.Connectors;

public sealed class ShopifyCallPacerTests
{
    private const string Shop = "shop.myshopify.com|token";
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void Reserve_NothingKnownYet_DoesNotWait()
    {
        Assert.Equal(TimeSpan.Zero, new ShopifyCallPacer(_time).Reserve(Shop, null));
    }

    [Fact]
    public void Reserve_BucketReportedNearlyFull_WaitsForOneCallToLeakAtAStandardPlansTwoASecond()
    {
        var pacer = new ShopifyCallPacer(_time);
        pacer.Observe(Shop, new ShopifyCallLimit(39, 40), null);

        // 39 + this call = 40, one over the size less the headroom: half a second at 2 calls/s.
        Assert.Equal(TimeSpan.FromSeconds(0.5), pacer.Reserve(Shop, null));
        // The call on its way counts: the next one waits for two to leak.
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.Reserve(Shop, null));
    }

    [Fact]
    public void Reserve_AfterTheBucketLeaked_DoesNotWait()
    {
        var pacer = new ShopifyCallPacer(_time);
        pacer.Observe(Shop, new ShopifyCallLimit(39, 40), null);

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, pacer.Reserve(Shop, null));
    }

    [Fact]
    public void Reserve_ConfiguredLeak_IsUsedInsteadOfThePlansDefault()
    {
        var pacer = new ShopifyCallPacer(_time);
        pacer.Observe(Shop, new ShopifyCallLimit(40, 40), 20);

        Assert.Equal(TimeSpan.FromSeconds(0.1), pacer.Reserve(Shop, 20));
    }

    [Fact]
    public void Observe_LowerLevelThanOurCallsOnTheirWay_KeepsOurCount()
    {
        var pacer = new ShopifyCallPacer(_time);
        pacer.Observe(Shop, new ShopifyCallLimit(37, 40), null);
        pacer.Reserve(Shop, null);
        pacer.Reserve(Shop, null);

        // An answer to a call sent before the two above reports 37; the two are still in the bucket.
        pacer.Observe(Shop, new ShopifyCallLimit(37, 40), null);

        Assert.Equal(TimeSpan.FromSeconds(0.5), pacer.Reserve(Shop, null));
    }

    [Fact]
    public void Reserve_AnotherShop_HasItsOwnBucket()
    {
        var pacer = new ShopifyCallPacer(_time);
        pacer.Observe(Shop, new ShopifyCallLimit(40, 40), null);

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("other.myshopify.com|token", null));
    }
}
