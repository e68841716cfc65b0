namespace OrleansSync.Bench.Grains;

/// <summary>A trivial grain whose every call is one state write (the state-writes benchmark).</summary>
[Alias("orleanssync.bench.state-writer")]
public interface IStateWriterGrain : IGrainWithIntegerKey
{
    [Alias("write")]
    Task WriteAsync(int value);
}
