namespace OrleansSync.Runtime.Reminders;

/// <summary>A grain that sets durable reminders receives their ticks through this interface.</summary>
public interface IRemindable
{
    ValueTask ReceiveReminderAsync(ReminderTick tick, CancellationToken cancellationToken);
}
