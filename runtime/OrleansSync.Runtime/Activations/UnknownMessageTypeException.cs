namespace OrleansSync.Runtime.Activations;

/// <summary>A grain received a message type it has no handler for; retrying cannot help.</summary>
public sealed class UnknownMessageTypeException(string grainType, string messageType)
    : Exception($"Grain type '{grainType}' has no handler for message type '{messageType}'.");
