using OrleansSync.Runtime.Silo;

namespace OrleansSync.Runtime.Tests.Shards;

public sealed class ShareCalculatorTests
{
    [Theory]
    [InlineData(1, 64)]
    [InlineData(2, 64)]
    [InlineData(3, 64)]
    [InlineData(5, 8)]
    public void ShareOf_LiveSilos_SumToShardCountWithinOneOfEven(int silos, int shards)
    {
        var ids = Enumerable.Range(0, silos).Select(i => $"silo-{i}").ToList();
        var shares = ids.Select(id => ShareCalculator.ShareOf(id, ids, shards)).ToList();

        Assert.Equal(shards, shares.Sum());
        Assert.True(shares.Max() - shares.Min() <= 1);
    }

    [Fact]
    public void ShareOf_SiloNotAmongLive_OwnsNothing() =>
        Assert.Equal(0, ShareCalculator.ShareOf("gone", ["a", "b"], 64));
}
