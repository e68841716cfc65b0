namespace OrleansSync.Grains.Messaging;

/// <summary>A grain handles messages of type <typeparamref name="TMessage"/>; <see cref="SyncGrain{TState}"/> calls it within one turn.</summary>
public interface IHandle<in TMessage>
    where TMessage : class
{
    ValueTask HandleAsync(TMessage message, CancellationToken cancellationToken);
}
