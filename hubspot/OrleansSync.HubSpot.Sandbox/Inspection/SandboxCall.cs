namespace OrleansSync.HubSpot.Sandbox.Inspection;

/// <summary>One API call the sandbox answered, as its call log keeps it.</summary>
/// <param name="At">Arrival time on the sandbox clock.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path.</param>
/// <param name="Status">Status code answered.</param>
/// <param name="PolicyName">For a 429, the policy that rejected it.</param>
/// <param name="Inputs">Number of batch inputs (1 for single calls that count them, else 0).</param>
public sealed record SandboxCall(DateTimeOffset At, string Method, string Path, int Status, string? PolicyName, int Inputs);
