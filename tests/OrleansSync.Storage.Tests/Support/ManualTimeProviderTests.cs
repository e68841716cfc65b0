namespace OrleansSync.Storage.Tests.Support;

/// <summary>The shared fake clock from OrleansSync.Testing.</summary>
public sealed class ManualTimeProviderTests
{
    [Fact]
    public void Advance_PastSeveralTimers_FiresThemInDueOrderAtTheirDueTimes()
    {
        var clock = new ManualTimeProvider();
        var fired = new List<(string Timer, TimeSpan At)>();
        void Record(object? name) => fired.Add(((string)name!, clock.GetUtcNow() - ManualTimeProvider.DefaultStart));
        using var late = clock.CreateTimer(Record, "late", TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(Record, "early", TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var periodic = clock.CreateTimer(Record, "periodic", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(
            [("early", TimeSpan.FromSeconds(1)), ("periodic", TimeSpan.FromSeconds(2)), ("late", TimeSpan.FromSeconds(3)), ("periodic", TimeSpan.FromSeconds(4))],
            fired);
        Assert.Equal(ManualTimeProvider.DefaultStart.AddSeconds(5), clock.GetUtcNow());
    }

    [Fact]
    public async Task Delay_ClockAdvancedPastIt_Completes()
    {
        var clock = new ManualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromMinutes(5), clock);

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromMinutes(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 9, 5, 0, TimeSpan.Zero), clock.GetUtcNow());
    }
}
