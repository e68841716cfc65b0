namespace OrleansSync.Gateway.Admin.DeadLetters;

/// <summary>The answer to a replay or discard.</summary>
public sealed record DeadLetterAction(long Id, string Action);
