namespace OrleansSync.Grains.Customers;

/// <summary>A canonical event parked by an alias grain until it knows the person's email (wire name + JSON).</summary>
[GenerateSerializer]
public sealed record PendingEvent(string MessageType, string Json);
