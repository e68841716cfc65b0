namespace OrleansSync.Grains.Customers;

/// <summary>A field's value and when it was last set (the store record's modified time, or HubSpot's occurredAt when <paramref name="FromHubSpot"/>); the newest wins.</summary>
[GenerateSerializer]
public sealed record FieldValue(string Value, DateTimeOffset At, bool FromHubSpot = false);
