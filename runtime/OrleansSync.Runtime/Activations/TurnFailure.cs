namespace OrleansSync.Runtime.Activations;

/// <summary>Why a message could not be handled, and whether retrying could ever help.</summary>
internal sealed record TurnFailure(long Sequence, Exception Error, bool Permanent);
