namespace OrleansSync.Runtime.Storage;

/// <summary>A reminder change recorded by a turn.</summary>
public abstract record ReminderChange(string Name);

/// <summary>Creates or replaces the reminder (new generation).</summary>
public sealed record ReminderSet(string Name, DateTimeOffset DueAt, TimeSpan? Period, long Generation) : ReminderChange(Name);

/// <summary>Deletes the reminder.</summary>
public sealed record ReminderCancel(string Name) : ReminderChange(Name);

/// <summary>Deletes a fired one-shot reminder once its tick is consumed, if it was not set again meanwhile.</summary>
public sealed record ReminderCompleted(string Name, long Generation) : ReminderChange(Name);
