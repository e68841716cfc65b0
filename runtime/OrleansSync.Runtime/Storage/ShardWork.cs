namespace OrleansSync.Runtime.Storage;

/// <summary>What a shard has waiting: unclaimed messages, due reminders, or both.</summary>
public readonly record struct ShardWork(int Shard, bool Messages, bool Reminders);
