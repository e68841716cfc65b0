namespace OrleansSync.Contracts.Customers;

/// <summary>Email marketing consent with its provenance (opt-out always wins downstream).</summary>
/// <param name="State">Canonical state.</param>
/// <param name="Source">Where it was read, e.g. "shopify:email_marketing_consent", "shopify:accepts_marketing", "generic:api".</param>
/// <param name="At">When the consent was given or withdrawn, if the source says.</param>
/// <param name="RawState">The platform's own value (e.g. "subscribed", "pending"), kept for audit.</param>
/// <param name="OptInLevel">e.g. "single_opt_in", "confirmed_opt_in"; null when not sent.</param>
[GenerateSerializer]
public sealed record MarketingConsent(
    ConsentState State,
    string Source,
    DateTimeOffset? At,
    string? RawState,
    string? OptInLevel);
