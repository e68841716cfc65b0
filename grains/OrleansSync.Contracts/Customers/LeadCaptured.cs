using OrleansSync.Contracts.Context;

namespace OrleansSync.Contracts.Customers;

/// <summary>
/// The first point where a cart captured an email (registration or the start of checkout): the person
/// is a lead, not yet a customer. Produced by the generic cart events API.
/// </summary>
/// <param name="FormName">The capture point's name, e.g. "new_registration" or "begin_checkout".</param>
/// <param name="Visitor">hubspotutk, IP and page of the capture.</param>
/// <param name="CapturedAt">When the cart captured the email.</param>
[GenerateSerializer]
[Alias("customer.lead-captured.v1")]
public sealed record LeadCaptured(
    StoreContext Store,
    SourceStamp Source,
    CustomerProfile Customer,
    string FormName,
    VisitorContext Visitor,
    DateTimeOffset CapturedAt) : ICanonicalEvent;
