using OrleansSync.Runtime.Testing;
using OrleansSync.Runtime.Tests.Grains;

namespace OrleansSync.Runtime.Tests.Conformance;

public abstract partial class GridRuntimeConformance
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(600);

    [Fact]
    public async Task Reminder_NotYetDue_DoesNotFire_ThenFiresOnOrAfterDueTime()
    {
        await using var cluster = await StartClusterAsync();
        var key = NewKey();
        await PostAndReadAsync(cluster, key, new ScheduleReminder("abandon", TimeSpan.FromMinutes(45)));
        var due = cluster.Clock.GetUtcNow() + TimeSpan.FromMinutes(45);

        cluster.Clock.Advance(TimeSpan.FromMinutes(44));
        await Task.Delay(Settle);
        Assert.Empty((await ReadAsync(cluster, key))!.TickDueTimes);

        cluster.Clock.Advance(TimeSpan.FromMinutes(2));
        await WaitForStateAsync(cluster, key, s => s.TickDueTimes.Count == 1, "one reminder tick");
        var state = (await ReadAsync(cluster, key))!;
        Assert.Equal(due, state.TickDueTimes[0]);
        Assert.True(state.TickHandledAt[0] >= due);

        await Task.Delay(Settle);
        Assert.Single((await ReadAsync(cluster, key))!.TickDueTimes);
    }

    [Fact]
    public async Task Reminder_DueWhileSiloWasDown_FiresAfterRestart()
    {
        await using var cluster = await StartClusterAsync();
        var key = NewKey();
        await PostAndReadAsync(cluster, key, new ScheduleReminder("lapsed", TimeSpan.FromDays(90)));

        await cluster.KillSiloAsync(cluster.Silos[0]);
        cluster.Clock.Advance(TimeSpan.FromDays(91));
        await cluster.StartAdditionalSiloAsync();

        await WaitForStateAsync(cluster, key, s => s.TickDueTimes.Count == 1, "the reminder tick after restart");
    }

    [Fact]
    public async Task Reminder_Cancelled_NeverFires()
    {
        await using var cluster = await StartClusterAsync();
        var key = NewKey();
        await PostAndReadAsync(cluster, key, new ScheduleReminder("abandon", TimeSpan.FromMinutes(45)));
        await PostAndReadAsync(cluster, key, new CancelReminderRequest("abandon"));

        cluster.Clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(Settle);
        await cluster.WaitForQuiescenceAsync();

        Assert.Empty((await ReadAsync(cluster, key))!.TickDueTimes);
        Assert.Empty((await cluster.GetService<Storage.IInboxStore>().ReadGrainAsync(CounterGrain.For(key), default)).Reminders);
    }

    [Fact]
    public async Task Reminder_Periodic_KeepsFiringEachPeriod()
    {
        await using var cluster = await StartClusterAsync();
        var key = NewKey();
        await PostAndReadAsync(cluster, key, new ScheduleReminder("heartbeat", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)));

        for (var tick = 1; tick <= 3; tick++)
        {
            cluster.Clock.Advance(TimeSpan.FromMinutes(1));
            await WaitForStateAsync(cluster, key, s => s.TickDueTimes.Count == tick, $"{tick} periodic ticks");
        }

        var times = (await ReadAsync(cluster, key))!.TickDueTimes;
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)], times.Zip(times.Skip(1), (a, b) => b - a));
    }

    [Fact]
    public async Task Reminder_PeriodsMissedWhileDown_CoalesceIntoOneCatchUpTick()
    {
        await using var cluster = await StartClusterAsync();
        var key = NewKey();
        await PostAndReadAsync(cluster, key, new ScheduleReminder("heartbeat", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)));

        await cluster.KillSiloAsync(cluster.Silos[0]);
        cluster.Clock.Advance(TimeSpan.FromMinutes(3.5));
        await cluster.StartAdditionalSiloAsync();
        await WaitForStateAsync(cluster, key, s => s.TickDueTimes.Count == 1, "one catch-up tick");
        await Task.Delay(Settle);
        Assert.Single((await ReadAsync(cluster, key))!.TickDueTimes);

        cluster.Clock.Advance(TimeSpan.FromMinutes(1));
        await WaitForStateAsync(cluster, key, s => s.TickDueTimes.Count == 2, "the next regular tick");
    }

    [Fact]
    public async Task Activation_IdlePastIdleAge_IsDeactivatedAndStateReloadsOnNextMessage()
    {
        await using var cluster = await StartClusterAsync(configure: o => o.Settings["Silo:IdleDeactivationAge"] = "00:05:00");
        var key = NewKey();
        await PostAndReadAsync(cluster, key, new Increment("a"));
        var silo = cluster.Silos[0].Silo;
        Assert.Equal(1, silo.ActivationCount);

        cluster.Clock.Advance(TimeSpan.FromMinutes(6));
        await TestCluster.WaitUntilAsync(() => Task.FromResult(silo.ActivationCount == 0), TimeSpan.FromSeconds(10), "the idle activation to be collected");

        var state = await PostAndReadAsync(cluster, key, new Increment("b"));
        Assert.Equal(["a", "b"], state.Applied);
        Assert.Equal(2, state.Count);
        Assert.Equal(2, GrainProbe.ActivationCount(key));
    }
}
