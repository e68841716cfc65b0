using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.Activations;

/// <summary>A compiled call of <c>IHandle&lt;T&gt;.HandleAsync</c> for one message type.</summary>
public sealed record MessageHandler(Type MessageType, Func<object, object, CancellationToken, ValueTask> Invoke)
{
    public static MessageHandler For<TMessage>()
        where TMessage : class =>
        new(typeof(TMessage), static (grain, message, ct) => ((IHandle<TMessage>)grain).HandleAsync((TMessage)message, ct));
}
