namespace OrleansSync.Contracts.Portals;

/// <summary>Delivery received by the gateway → HubSpot write acknowledged, for one event kind, over the portal grain's recent samples.</summary>
/// <param name="Kind">order, cart, marketing, customer or product.</param>
/// <param name="Samples">Events measured (at most the last 10,000 of this activation).</param>
/// <param name="WithinTarget">Of those, how many reached HubSpot within <paramref name="TargetSeconds"/>.</param>
[GenerateSerializer]
[Alias("latency-by-kind.v1")]
public sealed record LatencyByKind(string Kind, int Samples, double P50Seconds, double P95Seconds, double P99Seconds, int WithinTarget, double TargetSeconds);
