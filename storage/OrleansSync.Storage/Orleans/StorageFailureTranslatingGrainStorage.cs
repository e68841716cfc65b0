using Orleans.Runtime;
using Orleans.Storage;

namespace OrleansSync.Storage.Orleans;

/// <summary>
/// Orleans' ADO.NET grain storage, whose database failures come out as a
/// <see cref="Contracts.Storage.StorageUnavailableException"/>. Needed beside <see cref="StorageFailureCallFilter"/>
/// for the state read on activation, which fails before any grain call filter runs and is sent back to the caller.
/// </summary>
internal sealed class StorageFailureTranslatingGrainStorage(IGrainStorage inner) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        TranslateAsync(() => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        TranslateAsync(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        TranslateAsync(() => inner.ClearStateAsync(stateName, grainId, grainState));

    private static async Task TranslateAsync(Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (Exception error) when (StorageFailures.Translate(error) is { } unavailable)
        {
            // Orleans' state bridge logs the failure (with this message) and passes an OrleansException on unwrapped.
            throw unavailable;
        }
    }
}
