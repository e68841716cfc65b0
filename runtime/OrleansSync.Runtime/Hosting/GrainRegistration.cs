namespace OrleansSync.Runtime.Hosting;

/// <summary>A grain class registered under a grain type name.</summary>
public sealed record GrainRegistration(string Name, Type ClassType);
