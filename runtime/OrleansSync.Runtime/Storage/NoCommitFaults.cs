namespace OrleansSync.Runtime.Storage;

/// <summary>The production default: no faults.</summary>
public sealed class NoCommitFaults : ICommitFaultInjector
{
    public static NoCommitFaults Instance { get; } = new();

    public ValueTask OnCommitAsync(CommitStage stage, ShardLease lease, IReadOnlyList<TurnCommit> turns, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
