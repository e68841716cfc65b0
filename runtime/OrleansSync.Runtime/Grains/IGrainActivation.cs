namespace OrleansSync.Runtime.Grains;

/// <summary>The runtime's untyped view of a grain instance (implemented by <see cref="Grain{TState}"/>).</summary>
public interface IGrainActivation
{
    Type StateType { get; }

    object State { get; set; }

    void Attach(IGrainContext context);

    ValueTask OnActivateAsync(CancellationToken cancellationToken);

    ValueTask OnDeactivateAsync(CancellationToken cancellationToken);
}
