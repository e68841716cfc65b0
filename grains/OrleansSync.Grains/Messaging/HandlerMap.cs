using System.Collections.Concurrent;
using System.Reflection;

namespace OrleansSync.Grains.Messaging;

/// <summary>Which <see cref="IHandle{TMessage}"/> of a grain class handles a message type (built once per class).</summary>
internal static class HandlerMap
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<Type, Func<object, object, CancellationToken, ValueTask>>> Maps = new();

    private static readonly MethodInfo MakeMethod = typeof(HandlerMap).GetMethod(nameof(Make), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IReadOnlyDictionary<Type, Func<object, object, CancellationToken, ValueTask>> For(Type grainType) =>
        Maps.GetOrAdd(grainType, static type => type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandle<>))
            .ToDictionary(
                i => i.GetGenericArguments()[0],
                i => (Func<object, object, CancellationToken, ValueTask>)MakeMethod.MakeGenericMethod(i.GetGenericArguments()[0]).Invoke(null, null)!));

    private static Func<object, object, CancellationToken, ValueTask> Make<TMessage>()
        where TMessage : class =>
        static (grain, message, cancellationToken) => ((IHandle<TMessage>)grain).HandleAsync((TMessage)message, cancellationToken);
}
