using OrleansSync.Runtime.Serialization;

namespace OrleansSync.Grains.Portals;

/// <summary>Dispatcher → portal grain: the portal's schema is in place; the ecommerce pipeline and its stage ids.</summary>
[GrainMessage("hubspot.portal-bootstrapped.v1")]
public sealed record PortalBootstrapped(string OwnerSiloId, string PipelineId, IReadOnlyDictionary<string, string> StageIds, DateTimeOffset At);
