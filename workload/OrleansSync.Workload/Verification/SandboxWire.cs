namespace OrleansSync.Workload.Verification;

/// <summary>A record as the sandbox's inspection API lists it (<c>GET /_sandbox/portals/{id}/objects/{type}</c>).</summary>
internal sealed record SandboxRecordWire(string ObjectType, string Id, Dictionary<string, string> Properties, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>An API call as the sandbox's call log lists it (<c>GET /_sandbox/portals/{id}/calls</c>).</summary>
internal sealed record SandboxCallWire(DateTimeOffset At, string Method, string Path, int Status, string? PolicyName, int Inputs);
