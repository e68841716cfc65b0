using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.DeadLetters;

/// <summary>A stored dead letter.</summary>
public sealed record DeadLetter(
    long Id,
    DeadLetterKind Kind,
    GrainId Grain,
    string? Channel,
    string TypeOrObjectKey,
    string Payload,
    string Error,
    int Attempts,
    DateTimeOffset CreatedAt);
