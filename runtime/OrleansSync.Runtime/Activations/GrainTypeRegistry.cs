using System.Reflection;
using OrleansSync.Runtime.Grains;
using OrleansSync.Runtime.Reminders;
using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Runtime.Activations;

/// <summary>The grain classes a silo can activate, found from their <see cref="IHandle{TMessage}"/> interfaces.</summary>
public sealed class GrainTypeRegistry
{
    private static readonly MethodInfo HandlerFactory = typeof(MessageHandler).GetMethod(nameof(MessageHandler.For))!;
    private readonly Dictionary<string, GrainType> _types = new(StringComparer.Ordinal);

    public IReadOnlyCollection<GrainType> Types => _types.Values;

    public void Register(string name, Type classType)
    {
        if (!typeof(IGrainActivation).IsAssignableFrom(classType))
        {
            throw new ArgumentException($"{classType.Name} must derive from Grain<TState>.", nameof(classType));
        }

        var handlers = new Dictionary<string, MessageHandler>(StringComparer.Ordinal);
        foreach (var iface in classType.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandle<>)))
        {
            var messageType = iface.GetGenericArguments()[0];
            var handler = (MessageHandler)HandlerFactory.MakeGenericMethod(messageType).Invoke(null, null)!;
            if (!handlers.TryAdd(MessageNames.Of(messageType), handler))
            {
                throw new InvalidOperationException($"{classType.Name}: two message types share the wire name '{MessageNames.Of(messageType)}'.");
            }
        }

        if (!_types.TryAdd(name, new GrainType(name, classType, handlers, typeof(IRemindable).IsAssignableFrom(classType))))
        {
            throw new InvalidOperationException($"Grain type '{name}' is registered twice.");
        }
    }

    public bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GrainType? type)
    {
        type = null;
        return name is not null && _types.TryGetValue(name, out type);
    }

    public GrainType Get(string name) =>
        _types.TryGetValue(name, out var type) ? type : throw new UnknownGrainTypeException(name);
}
