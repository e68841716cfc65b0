namespace OrleansSync.Runtime.DeadLetters;

public enum DeadLetterKind
{
    /// <summary>A grain message whose handler kept failing.</summary>
    Message,

    /// <summary>An outbox side effect the remote system rejected.</summary>
    Outbox,
}
