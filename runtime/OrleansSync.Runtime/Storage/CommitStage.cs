namespace OrleansSync.Runtime.Storage;

/// <summary>Points in a commit where a fault can be injected (tests and chaos drills).</summary>
public enum CommitStage
{
    /// <summary>The turns ran; nothing has been written.</summary>
    BeforeWrite,

    /// <summary>Every statement ran inside the transaction; it has not committed yet.</summary>
    BeforeCommit,
}
