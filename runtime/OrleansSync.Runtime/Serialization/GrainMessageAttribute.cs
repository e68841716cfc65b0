namespace OrleansSync.Runtime.Serialization;

/// <summary>
/// Gives a message type a stable wire name, so stored messages survive renaming the class.
/// Without it the type's full name is used.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainMessageAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
