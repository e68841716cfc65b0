using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.DeadLetters;

/// <summary>
/// A message or side effect that could not be carried out, kept with its payload and error so an
/// operator can inspect it and replay it after a fix. <see cref="Kind"/> says what replay does:
/// <see cref="DeadLetterKind.Message"/> re-posts it to <see cref="Grain"/>, <see cref="DeadLetterKind.Outbox"/>
/// puts it back in channel <see cref="Channel"/>'s outbox.
/// </summary>
public sealed record NewDeadLetter(
    DeadLetterKind Kind,
    GrainId Grain,
    string? Channel,
    string TypeOrObjectKey,
    string Payload,
    string Error,
    int Attempts);
