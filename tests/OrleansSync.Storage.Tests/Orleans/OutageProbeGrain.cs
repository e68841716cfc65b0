using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Storage.Tests.Orleans;

/// <summary>Keeps <see cref="ProbeState"/> in the default grain storage, as the domain grains do.</summary>
[GrainType("outage-probe")]
public sealed class OutageProbeGrain([PersistentState("outage-probe")] IPersistentState<ProbeState> state) : Grain, IOutageProbeGrain
{
    public async Task Write(string value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task KeepDeadLetter(string reason) =>
        ServiceProvider.GetRequiredService<IDeadLetterStore>().AddAsync(
            [new NewDeadLetter(DeadLetterKind.Message, new GrainIdentity("outage-probe", this.GetPrimaryKeyString()), null, "probe", "{}", reason, 1)],
            CancellationToken.None);
}
