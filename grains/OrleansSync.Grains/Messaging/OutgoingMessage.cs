using OrleansSync.Contracts.Routing;

namespace OrleansSync.Grains.Messaging;

/// <summary>A message a grain owes another grain, stored with its state until the receiver acknowledged it.</summary>
/// <param name="Sequence">The sender's sequence number; the receiver applies each sender's messages once, in order.</param>
/// <param name="Target">The receiving grain.</param>
/// <param name="Type">The message's stable type name (<c>[Alias]</c>).</param>
/// <param name="Payload">The message as JSON.</param>
public sealed record OutgoingMessage(long Sequence, GrainIdentity Target, string Type, string Payload);
