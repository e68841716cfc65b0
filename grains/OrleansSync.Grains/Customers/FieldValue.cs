namespace OrleansSync.Grains.Customers;

/// <summary>A shared field's value and when the store last set it; the newest non-blank value wins.</summary>
[GenerateSerializer]
public sealed record FieldValue(string Value, DateTimeOffset At);
