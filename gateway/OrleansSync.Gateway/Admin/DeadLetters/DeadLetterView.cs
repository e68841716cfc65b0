namespace OrleansSync.Gateway.Admin.DeadLetters;

/// <summary>A dead letter as the admin API shows it.</summary>
/// <param name="Kind">"Message" (replay re-posts it to the grain) or "Outbox" (replay re-queues the side effect).</param>
public sealed record DeadLetterView(
    long Id,
    string Kind,
    string GrainType,
    string GrainKey,
    string? Channel,
    string TypeOrObjectKey,
    string Payload,
    string Error,
    int Attempts,
    DateTimeOffset CreatedAt);
