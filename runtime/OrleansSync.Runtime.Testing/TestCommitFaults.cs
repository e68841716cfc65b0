using OrleansSync.Runtime.Storage;

namespace OrleansSync.Runtime.Testing;

/// <summary>A commit-path hook tests set to simulate a crash at a chosen point of a commit.</summary>
public sealed class TestCommitFaults : ICommitFaultInjector
{
    /// <summary>Called at every commit stage; throw to abort that commit.</summary>
    public Func<CommitStage, IReadOnlyList<TurnCommit>, ValueTask>? OnCommit { get; set; }

    public ValueTask OnCommitAsync(CommitStage stage, ShardLease lease, IReadOnlyList<TurnCommit> turns, CancellationToken cancellationToken) =>
        OnCommit?.Invoke(stage, turns) ?? ValueTask.CompletedTask;
}
