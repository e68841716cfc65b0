using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Dispatch;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Tests.Dispatch;

public sealed class PortalQueueTests
{
    private static readonly GrainIdentity Customer = new(GrainTypes.Customer, "1000001/ann@example.com");

    private static QueuedWrite Contact(long version, GrainIdentity? source = null, long? replayOf = null) => new(
        source ?? Customer,
        new PendingHubSpotWrite("1000001", "contact:ann@example.com", version,
            new HubSpotWrite(HubSpotWriteKind.Upsert, HubSpotObjectTypes.Contacts, "email", "ann@example.com", new Dictionary<string, string> { ["v"] = $"{version}" })),
        replayOf);

    [Fact]
    public void Add_NewerVersionOfAQueuedObject_ReplacesIt()
    {
        var queue = new PortalQueue();
        queue.Add(Contact(1));
        queue.Add(Contact(3));
        queue.Add(Contact(2));

        var batch = queue.Take(10);

        Assert.Equal(3, Assert.Single(batch).Pending.Version);
    }

    [Fact]
    public void Take_NewerVersionWhileTheOlderIsInFlight_WaitsAndTheOlderComingBackNeverOvertakesIt()
    {
        var queue = new PortalQueue();
        queue.Add(Contact(1));
        var older = Assert.Single(queue.Take(10));
        queue.Add(Contact(2));

        Assert.Empty(queue.Take(10)); // its batch is still being finished
        Assert.False(queue.HasAny(_ => true));
        queue.Return(older);

        Assert.Equal(2, Assert.Single(queue.Take(10)).Pending.Version);
    }

    [Fact]
    public void Add_VersionAlreadyWritten_IsNotQueuedAgainAndTheSenderIsToBeToldAgain()
    {
        var queue = new PortalQueue();
        queue.Add(Contact(2));
        var sent = Assert.Single(queue.Take(10));
        queue.Done(sent);

        Assert.False(queue.Add(Contact(2)));
        Assert.False(queue.Add(Contact(1)));
        Assert.Equal(0, queue.Count);
        Assert.True(queue.Add(Contact(3)));
        Assert.Equal(1, queue.Count);
    }

    [Fact]
    public void Add_SameVersionWhileInFlight_IsNotQueuedTwice()
    {
        var queue = new PortalQueue();
        queue.Add(Contact(4));
        _ = queue.Take(10);

        Assert.True(queue.Add(Contact(4)));

        Assert.Equal(0, queue.Count);
        Assert.Equal(1, queue.InFlight);
    }

    [Fact]
    public void Return_NewerVersionArrivedMeanwhile_KeepsTheNewerOne()
    {
        var queue = new PortalQueue();
        queue.Add(Contact(1));
        var sent = Assert.Single(queue.Take(10));
        queue.Add(Contact(2));

        queue.Return(sent);

        Assert.Equal(2, Assert.Single(queue.Take(10)).Pending.Version);
    }

    [Fact]
    public void Add_ReplayOfADeadLetter_IsQueuedEvenIfTheVersionWasWritten()
    {
        var queue = new PortalQueue();
        queue.Add(Contact(5));
        queue.Done(Assert.Single(queue.Take(10)));

        Assert.True(queue.Add(Contact(5, replayOf: 42)));

        Assert.Equal(42, Assert.Single(queue.Take(10)).ReplayOf);
    }

    [Fact]
    public void Done_MoreObjectsThanItRemembers_ForgetsTheOldestFirst()
    {
        var queue = new PortalQueue(rememberWritten: 1);
        var other = new GrainIdentity(GrainTypes.Customer, "1000001/bo@example.com");
        queue.Add(Contact(1));
        queue.Done(Assert.Single(queue.Take(10)));
        var bo = new QueuedWrite(other, new PendingHubSpotWrite("1000001", "contact:bo@example.com", 1,
            new HubSpotWrite(HubSpotWriteKind.Upsert, HubSpotObjectTypes.Contacts, "email", "bo@example.com", new Dictionary<string, string>())));
        queue.Add(bo);
        queue.Done(Assert.Single(queue.Take(10)));

        Assert.True(queue.Add(Contact(1)));
        Assert.False(queue.Add(bo));
    }
}
