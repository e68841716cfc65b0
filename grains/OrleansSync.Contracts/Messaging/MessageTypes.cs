using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace OrleansSync.Contracts.Messaging;

/// <summary>
/// Stable names for messages that are stored as JSON (pending deliveries, a grain's outgoing messages, parked events):
/// a message type's Orleans <c>[Alias]</c> is its name, so renaming or moving the class never orphans a stored message.
/// </summary>
public static class MessageTypes
{
    /// <summary>Plain JSON, no .NET type names.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<string, Type> ByName = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, string> ByType = new();

    static MessageTypes() => Include(typeof(MessageTypes).Assembly);

    /// <summary>Registers every <c>[Alias]</c>-named type of an assembly (the grains project registers its own messages).</summary>
    public static void Include(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (type.GetCustomAttribute<AliasAttribute>() is { } alias && !type.IsInterface)
            {
                ByName[alias.Alias] = type;
                ByType[type] = alias.Alias;
            }
        }
    }

    public static string NameOf(Type type) =>
        ByType.TryGetValue(type, out var name) ? name : throw new ArgumentException($"{type.FullName} has no [Alias]; it cannot be stored as a message.", nameof(type));

    public static string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), Json);

    /// <summary>Reads a stored message back; throws <see cref="JsonException"/> for an unknown name or unreadable payload.</summary>
    public static object Deserialize(string name, string json) =>
        ByName.TryGetValue(name, out var type)
            ? JsonSerializer.Deserialize(json, type, Json) ?? throw new JsonException($"Stored {name} message is null.")
            : throw new JsonException($"No message type is named '{name}'.");
}
