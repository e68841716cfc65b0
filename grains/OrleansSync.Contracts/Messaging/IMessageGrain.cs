using OrleansSync.Contracts.Routing;

namespace OrleansSync.Contracts.Messaging;

/// <summary>
/// What every domain grain accepts: a batch of messages, applied in order in one turn and persisted with one state write.
/// The call returns only once the grain's new state (including the messages it owes other grains and HubSpot) is durable,
/// so a caller that gets no answer hands the same envelopes over again; the grain drops repeats.
/// </summary>
[Alias("orleanssync.message-grain")]
public interface IMessageGrain : IGrainWithStringKey
{
    /// <param name="target">The receiving grain's logical address (its full key, even when the Orleans key is shortened).</param>
    /// <param name="envelopes">Messages in the order they are to be applied.</param>
    [Alias("deliver")]
    Task DeliverAsync(GrainIdentity target, IReadOnlyList<GrainEnvelope> envelopes);
}
