namespace OrleansSync.Bench.Grains;

[GenerateSerializer]
[Alias("orleanssync.bench.state-writer-state")]
public sealed class StateWriterState
{
    [Id(0)]
    public long Writes { get; set; }

    [Id(1)]
    public int Last { get; set; }
}
