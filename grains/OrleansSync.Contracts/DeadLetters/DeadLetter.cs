using OrleansSync.Contracts.Routing;

namespace OrleansSync.Contracts.DeadLetters;

/// <summary>A stored dead letter (see <see cref="NewDeadLetter"/> for the fields).</summary>
public sealed record DeadLetter(
    long Id,
    DeadLetterKind Kind,
    GrainIdentity Grain,
    string? PortalId,
    string TypeOrObjectKey,
    string Payload,
    string Error,
    int Attempts,
    DateTimeOffset CreatedAt);
