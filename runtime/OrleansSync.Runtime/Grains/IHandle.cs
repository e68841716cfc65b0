namespace OrleansSync.Runtime.Grains;

/// <summary>A grain handles messages of type <typeparamref name="TMessage"/>, one turn at a time.</summary>
public interface IHandle<in TMessage>
    where TMessage : class
{
    ValueTask HandleAsync(TMessage message, CancellationToken cancellationToken);
}
