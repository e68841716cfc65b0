using System.Text.Json;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Runtime.Reminders;

/// <summary>How a due reminder turns into a tick, shared by every store so they behave alike.</summary>
public static class ReminderSchedule
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string TickMessageType { get; } = MessageNames.Of(typeof(ReminderTick));

    public static string TickPayload(ReminderTick tick) => JsonSerializer.Serialize(tick, Json);

    public static ReminderTick ParseTick(string payload) =>
        JsonSerializer.Deserialize<ReminderTick>(payload, Json) ?? throw new JsonException("empty reminder tick");

    /// <summary>
    /// The next due time of a periodic reminder after it fired for <paramref name="dueAt"/> at <paramref name="now"/>.
    /// Occurrences missed while the shard had no owner are skipped: they were coalesced into the one tick just fired.
    /// </summary>
    public static DateTimeOffset NextDue(DateTimeOffset dueAt, TimeSpan period, DateTimeOffset now)
    {
        if (period <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), "A reminder period must be positive.");
        }

        var missed = Math.Max(0, (now - dueAt).Ticks / period.Ticks);
        return dueAt + TimeSpan.FromTicks(period.Ticks * (missed + 1));
    }
}
