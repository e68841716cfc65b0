using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Runtime.Tests.Grains;

[GrainMessage("test.increment")]
public sealed record Increment(string Id, int DelayMilliseconds = 0);

[GrainMessage("test.schedule-reminder")]
public sealed record ScheduleReminder(string Name, TimeSpan DueIn, TimeSpan? Period = null);

[GrainMessage("test.cancel-reminder")]
public sealed record CancelReminderRequest(string Name);

[GrainMessage("test.fail")]
public sealed record Fail(string Id);

/// <summary>Changes state, messages another grain, sets a reminder and emits an outbox row, all in one turn.</summary>
[GrainMessage("test.fan-out")]
public sealed record FanOut(string Id, GrainId Other);

/// <summary>Waits inside the handler until <see cref="Parties"/> grains of the group are handling it at once.</summary>
[GrainMessage("test.rendezvous")]
public sealed record Rendezvous(string Group, int Parties);
