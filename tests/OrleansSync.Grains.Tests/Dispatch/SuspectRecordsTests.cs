using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Dispatch;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Tests.Dispatch;

public sealed class SuspectRecordsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(12);

    private static QueuedWrite LineItem(long version) => new(
        new GrainIdentity(GrainTypes.Order, "1000001/shop-eu/8001"),
        new PendingHubSpotWrite("1000001", "line_item:shop-eu/8001/L2", version,
            new HubSpotWrite(HubSpotWriteKind.Upsert, HubSpotObjectTypes.LineItems, "ecom_line_key", "shop-eu/8001/L2", new Dictionary<string, string>())));

    [Fact]
    public void Fail_BlamedAgainAndAgain_WaitDoublesUpToTheCap()
    {
        var suspects = new SuspectRecords();
        var item = new DrainItem(LineItem(1));
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            suspects.Fail(item, Now, Delay, MaxDelay);
            var due = Enumerable.Range(0, 60).Select(s => Now.AddSeconds(s)).First(t => suspects.IsDue(item.Queued, t));
            waits.Add(due - Now);
        }

        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(12)], waits);
        Assert.Equal(4, suspects.AttemptsOf(item));
    }

    [Fact]
    public void IsDue_NewerVersionOfASuspect_IsDueAtOnceAndStartsAfresh()
    {
        var suspects = new SuspectRecords();
        suspects.Fail(new DrainItem(LineItem(1)), Now, Delay, MaxDelay);
        var corrected = new DrainItem(LineItem(2));

        Assert.False(suspects.IsDue(LineItem(1), Now));
        Assert.True(suspects.IsDue(corrected.Queued, Now));
        Assert.False(suspects.IsSuspect(corrected));
        Assert.Equal(0, suspects.AttemptsOf(corrected));
    }
}
