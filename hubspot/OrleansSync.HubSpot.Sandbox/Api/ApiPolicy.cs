using OrleansSync.HubSpot.Sandbox.RateLimiting;

namespace OrleansSync.HubSpot.Sandbox.Api;

/// <summary>Endpoint metadata: which limits it counts against and which scope it needs.</summary>
/// <param name="Limits">The limits the call counts against.</param>
/// <param name="Scope">Scope template; <c>{type}</c> is replaced with the route's object type (e.g. <c>crm.objects.{type}.write</c>).</param>
internal sealed record ApiPolicy(RateLimitPolicy Limits, string? Scope);
