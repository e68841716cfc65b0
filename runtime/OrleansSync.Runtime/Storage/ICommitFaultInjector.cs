namespace OrleansSync.Runtime.Storage;

/// <summary>
/// A hook in the commit path of every store. Throwing from it aborts the commit the way a crash would:
/// the transaction rolls back and none of the turns happened.
/// </summary>
public interface ICommitFaultInjector
{
    ValueTask OnCommitAsync(CommitStage stage, IReadOnlyList<TurnCommit> turns, CancellationToken cancellationToken);
}
