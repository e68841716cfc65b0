using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Reminders;

namespace OrleansSync.Runtime.Tests.Grains;

public sealed class CounterGrain : Grain<CounterState>,
    IHandle<Increment>, IHandle<ScheduleReminder>, IHandle<CancelReminderRequest>, IHandle<Fail>, IHandle<FanOut>, IHandle<Rendezvous>, IRemindable
{
    public const string TypeName = "counter";

    public static GrainId For(string key) => new(TypeName, key);

    public override ValueTask OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainProbe.Activated(Id.Key);
        return ValueTask.CompletedTask;
    }

    public async ValueTask HandleAsync(Increment message, CancellationToken cancellationToken)
    {
        using (GrainProbe.Enter(Id.Key))
        {
            if (message.DelayMilliseconds > 0)
            {
                await Task.Delay(message.DelayMilliseconds, cancellationToken);
            }
        }

        if (!State.Applied.Contains(message.Id))
        {
            State.Count++;
        }

        State.Applied.Add(message.Id);
    }

    public ValueTask HandleAsync(ScheduleReminder message, CancellationToken cancellationToken)
    {
        Context.SetReminder(message.Name, Now + message.DueIn, message.Period);
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(CancelReminderRequest message, CancellationToken cancellationToken)
    {
        Context.CancelReminder(message.Name);
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(Fail message, CancellationToken cancellationToken)
    {
        State.Count = -1000; // must be rolled back
        throw new InvalidOperationException($"handler failure for {message.Id}");
    }

    public ValueTask HandleAsync(FanOut message, CancellationToken cancellationToken)
    {
        State.Count++;
        State.Applied.Add(message.Id);
        Context.Send(message.Other, new Increment($"from-{Id.Key}-{message.Id}"));
        Context.SetReminder("fan-out", Now + TimeSpan.FromDays(1));
        Context.Emit("test-channel", $"object-{Id.Key}", new { message.Id });
        return ValueTask.CompletedTask;
    }

    public async ValueTask HandleAsync(Rendezvous message, CancellationToken cancellationToken)
    {
        await GrainProbe.MeetAsync(message.Group, message.Parties, cancellationToken);
        State.Applied.Add($"met-{message.Group}");
    }

    public ValueTask ReceiveReminderAsync(ReminderTick tick, CancellationToken cancellationToken)
    {
        State.TickDueTimes.Add(tick.DueAt);
        State.TickHandledAt.Add(Now);
        return ValueTask.CompletedTask;
    }
}
