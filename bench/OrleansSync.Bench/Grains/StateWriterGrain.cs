namespace OrleansSync.Bench.Grains;

/// <summary>Each call changes the state and stores it through the silo's default grain storage (one ETag-checked write).</summary>
[GrainType("bench-state-writer")]
public sealed class StateWriterGrain([PersistentState("bench")] IPersistentState<StateWriterState> state) : Grain, IStateWriterGrain
{
    public async Task WriteAsync(int value)
    {
        state.State.Writes++;
        state.State.Last = value;
        await state.WriteStateAsync();
    }
}
