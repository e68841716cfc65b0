using OrleansSync.Contracts.Routing;

namespace OrleansSync.Contracts.Messaging;

/// <summary>
/// One message on its way to a grain. Receivers drop what they already applied: a delivery from the gateway by its
/// <see cref="Id"/> (the platform delivery's deduplication key), a message from another grain by its sender's sequence.
/// </summary>
/// <param name="Id">Unique id of this message (the gateway's deduplication key, or <c>{sender}#{sequence}</c>).</param>
/// <param name="Message">A canonical event, command or grain-to-grain message (a <c>[GenerateSerializer]</c> type).</param>
/// <param name="Sender">The sending grain (<see cref="GrainIdentity.ToString"/>), or null for a delivery from outside the grid.</param>
/// <param name="Sequence">The sender's sequence number of this message (1, 2, ...); a grain's messages to one receiver arrive in order.</param>
[GenerateSerializer]
[Alias("grain-envelope.v1")]
public sealed record GrainEnvelope(string Id, object Message, string? Sender = null, long Sequence = 0);
