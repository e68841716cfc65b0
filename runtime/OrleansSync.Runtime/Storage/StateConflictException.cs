using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.Storage;

/// <summary>A state write found another version than the one the turn started from.</summary>
public sealed class StateConflictException(GrainId grain, long expectedVersion)
    : Exception($"Grain {grain}: stored state is no longer at version {expectedVersion}; the commit was refused.")
{
    public GrainId Grain { get; } = grain;
}
