using OrleansSync.Runtime.Reminders;

namespace OrleansSync.Runtime.Tests.Shards;

public sealed class ReminderScheduleTests
{
    private static readonly DateTimeOffset Due = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextDue_FiredOnTime_IsOnePeriodLater() =>
        Assert.Equal(Due.AddHours(1), ReminderSchedule.NextDue(Due, TimeSpan.FromHours(1), Due));

    [Fact]
    public void NextDue_SeveralPeriodsMissed_SkipsToTheFirstOccurrenceAfterNow() =>
        Assert.Equal(Due.AddHours(4), ReminderSchedule.NextDue(Due, TimeSpan.FromHours(1), Due.AddHours(3.5)));

    [Fact]
    public void TickPayload_RoundTrips()
    {
        var tick = new ReminderTick("abandon", Due, TimeSpan.FromMinutes(45), 42);
        Assert.Equal(tick, ReminderSchedule.ParseTick(ReminderSchedule.TickPayload(tick)));
    }
}
