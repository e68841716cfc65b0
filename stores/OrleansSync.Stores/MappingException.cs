namespace OrleansSync.Stores;

/// <summary>An authentic delivery whose record cannot be turned into canonical events; it is quarantined.</summary>
public sealed class MappingException(string message) : Exception(message);
