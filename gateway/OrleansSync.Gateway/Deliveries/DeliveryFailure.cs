namespace OrleansSync.Gateway.Deliveries;

/// <summary>A hand-over that failed: the row stays pending, is tried again from <see cref="NextAttemptAt"/>, and shows the error.</summary>
public sealed record DeliveryFailure(long Id, DateTimeOffset NextAttemptAt, string Error);
