namespace OrleansSync.Gateway.Deliveries;

/// <summary>The request body exactly as received (signatures are computed over these bytes).</summary>
/// <param name="TooLarge">True when the body exceeded the limit; <paramref name="Bytes"/> then holds only its first bytes.</param>
/// <param name="Incomplete">Why the body did not arrive whole (too slow, cut off, malformed framing); <paramref name="Bytes"/> then holds what did arrive.</param>
public sealed record RawBody(byte[] Bytes, bool TooLarge, BodyFailure? Incomplete = null);
