using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Behaviour;

/// <summary>Who did something on the storefront: an email when known, else the hubspotutk cookie.</summary>
[GenerateSerializer]
public sealed record Shopper(string? Email, string? PlatformCustomerId, VisitorContext Visitor);
