namespace OrleansSync.Workload.Sending;

/// <summary>
/// What happened to one delivery: when its first attempt started, when the gateway accepted it (2xx), the last status and
/// how many attempts it took. <see cref="AcceptedAt"/> is null when it was refused (4xx) or every attempt failed.
/// </summary>
public sealed record SentEvent(int Sequence, DateTimeOffset FirstSentAt, DateTimeOffset? AcceptedAt, int Status, int Attempts);
