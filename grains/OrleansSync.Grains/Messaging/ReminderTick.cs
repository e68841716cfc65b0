namespace OrleansSync.Grains.Messaging;

/// <summary>A reminder that came due: its name and the business time it was set for.</summary>
public sealed record ReminderTick(string Name, DateTimeOffset DueAt);
