namespace OrleansSync.Grains.Messaging;

/// <summary>A grain that sets reminders (<see cref="TurnContext.SetReminder"/>) receives them here once they are due on the sync clock.</summary>
public interface IReminderReceiver
{
    ValueTask ReceiveReminderAsync(ReminderTick tick, CancellationToken cancellationToken);
}
