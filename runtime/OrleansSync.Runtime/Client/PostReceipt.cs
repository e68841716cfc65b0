namespace OrleansSync.Runtime.Client;

/// <summary>
/// Proof that a posted message is durable. <see cref="Duplicate"/> is true when the deduplication key
/// was seen before; the message was then not appended again and <see cref="Sequence"/> is that of the first post
/// (0 when the first post has already been pruned from the delivery log).
/// </summary>
public sealed record PostReceipt(long Sequence, bool Duplicate);
