namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>
/// Keeps <see cref="ProbeState"/> in the "probe" ADO.NET grain storage; each reminder tick is
/// counted in that state. Grain ids are "probe/&lt;key&gt;", so a key of 144 characters makes
/// an id of exactly 150, the width of the reminder table's GrainId column.
/// </summary>
[GrainType("probe")]
public sealed class ProbeGrain(
    [PersistentState("probe", ProbeGrain.StorageName)] IPersistentState<ProbeState> state)
    : Grain, IProbeGrain, IRemindable
{
    public const string StorageName = "probe";

    public const string ReminderName = "tick";

    private readonly Guid _activation = Guid.NewGuid();

    public async Task Write(string value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task<ProbeSnapshot> Read() =>
        Task.FromResult(new ProbeSnapshot(state.State.Value, state.State.Ticks, state.Etag, _activation));

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task StartTicking(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public async Task StopTicking()
    {
        var reminder = await this.GetReminder(ReminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Ticks++;
        await state.WriteStateAsync();
    }
}
