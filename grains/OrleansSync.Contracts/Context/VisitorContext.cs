namespace OrleansSync.Contracts.Context;

/// <summary>The web visitor behind an event, for HubSpot attribution (all optional).</summary>
/// <param name="HubSpotUtk">Value of the <c>hubspotutk</c> cookie: HubSpot's best identifier of a person.</param>
/// <param name="IpAddress">The visitor's IP address as the store saw it.</param>
/// <param name="UserAgent">The visitor's browser user agent.</param>
/// <param name="PageUrl">The page where the event happened.</param>
[GenerateSerializer]
public sealed record VisitorContext(
    string? HubSpotUtk,
    string? IpAddress,
    string? UserAgent,
    string? PageUrl);
