namespace OrleansSync.Runtime.Tests.Grains;

public sealed class CounterState
{
    public int Count { get; set; }

    /// <summary>Ids of applied messages, in order: a repeated id would mean an effect happened twice.</summary>
    public List<string> Applied { get; set; } = [];

    public List<DateTimeOffset> TickDueTimes { get; set; } = [];

    public List<DateTimeOffset> TickHandledAt { get; set; } = [];
}
