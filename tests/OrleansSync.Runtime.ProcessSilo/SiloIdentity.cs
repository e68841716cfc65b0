namespace OrleansSync.Runtime.ProcessSilo;

public sealed record SiloIdentity(string SiloId, string Schema);
