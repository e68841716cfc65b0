namespace OrleansSync.Runtime.Storage;

/// <summary>
/// A hook in the commit path: <see cref="CommitStage.BeforeWrite"/> is called by the silo (per silo), <see cref="CommitStage.BeforeCommit"/> by the store. Throwing from it aborts the commit the way a crash would:
/// the transaction rolls back and none of the turns happened.
/// </summary>
public interface ICommitFaultInjector
{
    ValueTask OnCommitAsync(CommitStage stage, ShardLease lease, IReadOnlyList<TurnCommit> turns, CancellationToken cancellationToken);
}
