namespace OrleansSync.Gateway.CartEvents;

/// <summary>
/// Integration point 1 (seed 003): the first point where the cart captured an email, e.g. registration
/// or the start of checkout. The person becomes a HubSpot lead.
/// </summary>
/// <param name="Email">Required.</param>
/// <param name="Hubspotutk">The <c>hubspotutk</c> cookie: pass it whenever you can (HubSpot joins records on it first).</param>
/// <param name="IpAddress">The visitor's IP address (HubSpot's last fallback for joining records).</param>
/// <param name="FormName">Name of the capture point; default "new_registration".</param>
/// <param name="EventId">Your id for this capture; repeats with the same id are appended once. Default: a hash of the body.</param>
/// <param name="MarketingConsent">"opt_in", "opt_out" or null (unknown; consent is never assumed).</param>
/// <param name="CapturedAt">When the email was captured; default the time of the call.</param>
public sealed record LeadCapture(
    string? Email,
    string? FirstName = null,
    string? LastName = null,
    string? Phone = null,
    string? Company = null,
    string? Hubspotutk = null,
    string? IpAddress = null,
    string? UserAgent = null,
    string? PageUrl = null,
    string? FormName = null,
    string? CustomerId = null,
    string? MarketingConsent = null,
    string? Locale = null,
    string? Channel = null,
    string? EventId = null,
    DateTimeOffset? CapturedAt = null);
