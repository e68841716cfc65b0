using System.Collections.Concurrent;
using System.Reflection;

namespace OrleansSync.Runtime.Serialization;

/// <summary>The wire name of a message type (see <see cref="GrainMessageAttribute"/>).</summary>
public static class MessageNames
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    public static string Of(Type type) =>
        Names.GetOrAdd(type, static t => t.GetCustomAttribute<GrainMessageAttribute>()?.Name ?? t.FullName ?? t.Name);
}
