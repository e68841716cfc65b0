using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Bench.Runtime;

[GrainMessage("bench.add")]
public sealed record Add(long Amount);

public sealed class BenchState
{
    public long Total { get; set; }

    public int Messages { get; set; }
}

/// <summary>The cheapest useful grain: every message changes persistent state, so every turn writes.</summary>
public sealed class BenchGrain : Grain<BenchState>, IHandle<Add>
{
    public const string TypeName = "bench";

    public ValueTask HandleAsync(Add message, CancellationToken cancellationToken)
    {
        State.Total += message.Amount;
        State.Messages++;
        return ValueTask.CompletedTask;
    }
}
