namespace OrleansSync.Runtime.Activations;

/// <summary>A registered grain class: its type name in grain ids and the messages it handles, by wire name.</summary>
public sealed record GrainType(string Name, Type ClassType, IReadOnlyDictionary<string, MessageHandler> Handlers, bool Remindable);
