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

    private static QueuedWrite Record(string objectType, int n) => new(
        new GrainIdentity(GrainTypes.Order, $"1000001/shop/{n}"),
        new PendingHubSpotWrite("1000001", $"{objectType}:{n}", 1,
            new HubSpotWrite(HubSpotWriteKind.Upsert, objectType, "key", $"{n}", new Dictionary<string, string>())),
        null);

    [Fact]
    public void Take_BackloggedRound_LeavesEachTypesPartialCallForTheNextRound_SoEveryCallIsFull()
    {
        var queue = new PortalQueue();
        foreach (var n in Enumerable.Range(0, 500))
        {
            queue.Add(Record(HubSpotObjectTypes.Contacts, n));
            queue.Add(Record(HubSpotObjectTypes.Deals, n));
        }

        var rounds = new List<IReadOnlyList<QueuedWrite>>();
        while (queue.Count > 0)
        {
            var round = queue.Take(300);
            rounds.Add(round);
            foreach (var write in round)
            {
                queue.Done(write);
            }
        }

        Assert.All(rounds.SelectMany(r => r.GroupBy(w => w.Write.ObjectType)), type => Assert.Equal(0, type.Count() % HubSpotClient.BatchSize));
        Assert.Equal(1000, rounds.Sum(r => r.Count));
    }

    [Fact]
    public void Take_TypeShortOfOneCall_IsNotHeldBackBehindABacklogOfOthers()
    {
        var queue = new PortalQueue();
        foreach (var n in Enumerable.Range(0, 30))
        {
            queue.Add(Record(HubSpotObjectTypes.Companies, n));
        }

        foreach (var n in Enumerable.Range(0, 1000))
        {
            queue.Add(Record(HubSpotObjectTypes.Contacts, n));
        }

        queue.Add(Record(HubSpotObjectTypes.Companies, 30));

        var round = queue.Take(300);

        Assert.Equal(30, round.Count(w => w.Write.ObjectType == HubSpotObjectTypes.Companies));
        Assert.Equal(200, round.Count(w => w.Write.ObjectType == HubSpotObjectTypes.Contacts));
    }

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
