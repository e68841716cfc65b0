namespace OrleansSync.Runtime.Activations;

/// <summary>A message addressed a grain type this silo does not know.</summary>
public sealed class UnknownGrainTypeException(string name)
    : Exception($"No grain type '{name}' is registered in this silo.");
